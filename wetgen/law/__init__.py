"""The law a bill amends: a model of a base law, its readers and writers, and the BWB fetcher.

`wetgen.law.model` holds the immutable values; `read.read_law` reads a BWB toestand, a
non-amending draft or its Akoma Ntoso into that model; `locate.locate` finds a place in it;
`markdown.render_markdown` and `bwb_writer.write_bwb` write it out; `fetch` downloads and
caches toestanden from the public BWB repository.
"""
