"""Prose as one block model: the memorie van toelichting, toelichtingen and report text.

Markdown is parsed once (`markdown_in.parse_markdown`) into `blocks` (headings, paragraphs, list
items with their level, quotes, tables, figures; inline spans and footnotes). Every output
format — Word, Akoma Ntoso, HTML and Markdown — writes from these blocks, so a nested list, a
table or a footnote comes out the same everywhere.
"""
