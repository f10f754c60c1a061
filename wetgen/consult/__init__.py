"""The consultation as four stages, read → analyse → store → publish; each imports only earlier ones.

- `read`: pages, spreadsheets and files → RawResponse values (untrusted input, safety limits);
- `analyse`: responses → categories, points, references resolved to the bill, campaigns;
- `store`: one SQLite file; `Store` owns every SQL statement;
- `publish`: the store → reports, the reactietabel, `consult show`, through one privacy gate.

`ingest` runs read → analyse → store; the CLI (wetgen.cli.consult) calls ingest, the Store
and publish. docs/architecture.md and docs/consultation.md describe the flow.
"""
