"""HTTPS while connecting to the checked address: the certificate is still verified against
the host name (SNI), so pinning the address does not weaken TLS. A local HTTPS server on
127.0.0.1 with a test CA made by openssl; the name is mapped to 127.0.0.1 in the test."""

import shutil
import socket
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from reports import fetching
from reports.fetching import FetchRefused, url_fetch

BODY = b"<html><body><p>Nine people were killed.</p></body></html>"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")

    def run(*args):
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
        "-days", "2", "-subj", "/CN=conflicttracker test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=keyCertSign")  # fmt: skip
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "srv.key", "-out", "srv.csr",
        "-subj", "/CN=news.example.org")  # fmt: skip
    (d / "ext.cnf").write_text("subjectAltName=DNS:news.example.org\n")
    run("x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "srv.pem", "-days", "2", "-extfile", "ext.cnf")  # fmt: skip
    return d


@pytest.fixture
def https_site(certificates, monkeypatch, settings):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificates / "srv.pem", certificates / "srv.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    real = socket.getaddrinfo

    def resolve(host, port, *args, **kwargs):
        # Every test name points at the local server; nothing else is ever contacted.
        if host.endswith(".example.org"):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(fetching.socket, "getaddrinfo", resolve)
    settings.FETCH_ALLOW_LOOPBACK = True
    settings.FETCH_CA_BUNDLE = str(certificates / "ca.pem")
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_it_fetches_https_from_the_checked_address_with_the_certificate_verified(https_site):
    page = url_fetch(f"https://news.example.org:{https_site}/story")
    assert page.body == BODY and page.url.startswith("https://news.example.org")


def test_it_refuses_a_certificate_for_another_name(https_site):
    with pytest.raises(FetchRefused, match="certificate could not be verified"):
        url_fetch(f"https://other.example.org:{https_site}/story")


def test_it_refuses_an_untrusted_certificate(https_site, settings):
    settings.FETCH_CA_BUNDLE = ""
    with pytest.raises(FetchRefused, match="certificate could not be verified"):
        url_fetch(f"https://news.example.org:{https_site}/story")
