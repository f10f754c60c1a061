"""The analyse stage: from a response's text to its category, points, references and campaigns.

Takes RawResponse values (wetgen.consult.read) and the consulted Bill; gives, per response,
its category and its points with the references in them resolved, each in the context of the
points before it (`analyser`, `context`), to structural targets and nodes of the bill, quotes
and paraphrases of the bill's wording, or the reason a point is in the general group
(`derive.derive`, on one worker process per core for a large batch: `derive.Workers`); and,
over all responses, the campaigns (`campaign_summary.summarise_campaigns`: MinHash/LSH with
the numba kernel of `lsh_kernel`, checked against the pairwise method of
`reference_pairwise`). Everything here is a pure function of its input; nothing is stored.
"""
