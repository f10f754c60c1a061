"""`law fetch` and `--base`: a loopback HTTP server stands in for the BWB repository."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.law.conftest import FIXTURES, WOONRUIMTE
from wetgen.law.download import download
from wetgen.law.errors import FetchError, LawError
from wetgen.law.fetch import FetchSettings, bwb_id, fetch_toestand, resolve_base
from wetgen.law.manifest import read_manifest, select

BWB = "BWBR0099901"
MANIFEST = (FIXTURES / "manifest-BWBR0099901.xml").read_bytes()
TOESTAND = WOONRUIMTE.read_bytes()
CURRENT = f"/bwb/{BWB}/2026-01-01_2/xml/{BWB}_2026-01-01_2.xml"
OLDER = f"/bwb/{BWB}/2024-07-01_0/xml/{BWB}_2024-07-01_0.xml"
TODAY = "2026-05-01"


class Repository:
    """A loopback server answering from a table of path → (status, body); it counts requests."""

    def __init__(self, routes, delay=0.0):
        self.routes, self.delay, self.requests = routes, delay, []
        repository = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (the name http.server calls)
                repository.requests.append(self.path)
                time.sleep(repository.delay)
                status, body = repository.routes.get(self.path, (404, b"not found"))
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/bwb"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def repository(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    served = Repository({f"/bwb/{BWB}/manifest.xml": (200, MANIFEST), CURRENT: (200, TOESTAND), OLDER: (200, TOESTAND)})
    yield served
    served.stop()


def config(tmp_path, repository, timeout=5.0):
    return FetchSettings(tmp_path / "cache", repository.url, timeout)


def cached_files(tmp_path):
    folder = tmp_path / "cache"
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_the_toestand_valid_on_the_date_as_known_today_is_downloaded_once(tmp_path, repository):
    settings = config(tmp_path, repository)
    first = fetch_toestand(BWB, "2026-04-01", TODAY, settings)
    assert (first.label, first.downloaded, first.offline) == ("2026-01-01_2", True, False)
    assert first.path.read_bytes() == TOESTAND
    assert cached_files(tmp_path) == [f"bwb/{BWB}/{BWB}_2026-01-01_2.xml", f"bwb/{BWB}/manifest.xml"]
    again = fetch_toestand(BWB, "2026-04-01", TODAY, settings)
    assert (again.path, again.downloaded) == (first.path, False)
    assert repository.requests == [f"/bwb/{BWB}/manifest.xml", CURRENT, f"/bwb/{BWB}/manifest.xml"]
    older = fetch_toestand(BWB, "2025-01-01", TODAY, settings)
    assert older.label == "2024-07-01_0" and repository.requests[-1] == OLDER


def test_the_cache_answers_when_the_repository_cannot_be_reached(tmp_path, repository):
    settings = config(tmp_path, repository)
    fetched = fetch_toestand(BWB, "2026-04-01", TODAY, settings)
    repository.stop()
    offline = fetch_toestand(BWB, "2026-04-01", TODAY, settings)
    assert (offline.path, offline.downloaded, offline.offline) == (fetched.path, False, True)
    law = resolve_base(BWB.lower(), "2026-04-01", TODAY, settings)
    assert law.citeertitel == "Wet gemeentelijke woonruimteverdeling"
    with pytest.raises(FetchError, match="cannot be reached and the toestand 2024-07-01_0 of BWBR0099901 is not in the cache"):
        fetch_toestand(BWB, "2025-01-01", TODAY, settings)


def test_base_takes_the_cache_first_and_fetches_what_it_lacks(tmp_path, repository):
    settings = config(tmp_path, repository)
    assert resolve_base(BWB, "2026-04-01", TODAY, settings).bwb_id == BWB
    count = len(repository.requests)
    assert resolve_base(BWB, "2026-04-01", TODAY, settings).bwb_id == BWB
    assert len(repository.requests) == count  # no network at all the second time
    assert resolve_base(str(WOONRUIMTE), "2026-04-01", TODAY, settings).bwb_id == BWB


def test_failures_are_one_line_and_write_nothing(tmp_path, repository):
    settings = config(tmp_path, repository)
    with pytest.raises(LawError, match="BWBR0099901 has no toestand valid on 2020-01-01 \\(its first toestand is of 2024-07-01\\)"):
        fetch_toestand(BWB, "2020-01-01", TODAY, settings)
    with pytest.raises(FetchError, match="manifest.xml: HTTP 404 Not Found; and BWBR0099999 is not in the cache"):
        fetch_toestand("BWBR0099999", "2026-04-01", TODAY, settings)
    repository.routes[CURRENT] = (200, b"<html><body>Onderhoud</body></html>")
    with pytest.raises(LawError, match="not a BWB toestand"):
        fetch_toestand(BWB, "2026-04-01", TODAY, settings)
    repository.routes[CURRENT] = (200, TOESTAND.replace(b'bwb-id="BWBR0099901"', b'bwb-id="BWBR0000001"'))
    with pytest.raises(LawError, match="holds BWBR0000001, not BWBR0099901"):
        fetch_toestand(BWB, "2026-04-01", TODAY, settings)
    repository.routes[CURRENT] = (200, TOESTAND[:5000])
    with pytest.raises(LawError, match="not well-formed XML"):
        fetch_toestand(BWB, "2026-04-01", TODAY, settings)
    assert cached_files(tmp_path) == []


def test_downloads_are_capped_and_timed_out(repository):
    with pytest.raises(FetchError, match="over the 0.0 MB limit"):
        download(repository.url + CURRENT.removeprefix("/bwb"), limit=1000)
    repository.delay = 1.0
    with pytest.raises(FetchError, match="did not answer within 0.2 s"):
        download(repository.url + CURRENT.removeprefix("/bwb"), limit=10**8, timeout=0.2)
    with pytest.raises(FetchError, match="not an http"):
        download("file:///etc/passwd", limit=100)


def test_an_unreachable_repository_is_one_line(tmp_path, repository):
    repository.stop()
    with pytest.raises(FetchError) as raised:
        fetch_toestand(BWB, "2026-04-01", TODAY, config(tmp_path, repository))
    assert str(raised.value).startswith("cannot reach 127.0.0.1: connection refused; and BWBR0099901 is not in the cache")


def test_the_manifest_gives_the_current_view_of_the_toestand_valid_on_a_date():
    expressions = read_manifest(MANIFEST, BWB)
    assert [e.label for e in expressions] == ["2026-01-01_0", "2024-07-01_0", "2026-01-01_2"]  # a bad label is skipped
    assert select(expressions, "2026-04-01", "2026-01-15").label == "2026-01-01_0"  # the view then
    assert select(expressions, "2026-04-01", TODAY).label == "2026-01-01_2"
    assert select(expressions, "2025-12-31", TODAY).label == "2024-07-01_0"
    assert select(expressions, "2024-06-30", TODAY) is None
    with pytest.raises(LawError, match="the manifest is of BWBR0099901, not of BWBR0000001"):
        read_manifest(MANIFEST, "BWBR0000001")


def test_bwb_ids_are_recognised():
    assert bwb_id(" bwbr0035303 ") == "BWBR0035303"
    assert bwb_id("BWBR003530") is None and bwb_id("wet.xml") is None


def test_the_cli_fetches_and_shows_from_the_cache(run_cli, tmp_path, repository, monkeypatch):
    monkeypatch.setenv("WETGEN_BWB_URL", repository.url)
    cache = str(tmp_path / "cache")
    code, out, err = run_cli("law", "fetch", BWB, "--date", "2026-04-01", "--cache", cache)
    assert code == 0 and err == ""
    assert out.startswith(f"{BWB} toestand 2026-01-01_2 (valid on 2026-04-01): downloaded: ")
    repository.stop()
    code, out, err = run_cli("law", "show", BWB, "--date", "2026-04-01", "--cache", cache, "--article", "6a")
    assert code == 0 and "#### Artikel 6a. Verslag" in out
    code, out, err = run_cli("law", "fetch", "BWBR0035303", "--cache", cache)
    assert code == 1 and out == "" and err.count("\n") == 1 and "cannot reach 127.0.0.1" in err
    code, out, err = run_cli("law", "fetch", "BWBR12", "--cache", cache)
    assert code == 2 and "is not a BWB id" in err
