//! `check --external`: outbound links asked over the network, here a loopback server the
//! test runs itself (no test reaches the internet); plain `check` asks nothing.

use crate::common::{assert_has, Fixture};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use tiny_http::{Header, Method, Response, Server};

/// A loopback HTTP server with a few fixed answers, counting the requests it gets.
struct TestServer {
    server: Arc<Server>,
    requests: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
    port: u16,
}

impl TestServer {
    fn start() -> TestServer {
        let server = Arc::new(Server::http("127.0.0.1:0").expect("bind a loopback port"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let requests = Arc::new(AtomicUsize::new(0));
        let (s, n) = (server.clone(), requests.clone());
        let thread = std::thread::spawn(move || {
            // Ends when the server is unblocked (on drop).
            for req in s.incoming_requests() {
                n.fetch_add(1, Ordering::SeqCst);
                let head = *req.method() == Method::Head;
                let answer = match req.url() {
                    "/ok" => Response::from_string("ok"),
                    "/moved" => Response::from_string("moved")
                        .with_status_code(301)
                        .with_header(
                            Header::from_bytes("Location", format!("http://127.0.0.1:{port}/ok"))
                                .expect("a header"),
                        ),
                    "/nohead" if head => Response::from_string("").with_status_code(405),
                    "/nohead" => Response::from_string("got it"),
                    "/busy" => Response::from_string("slow down").with_status_code(429),
                    _ => Response::from_string("not here").with_status_code(404),
                };
                let _ = req.respond(answer);
            }
        });
        TestServer {
            server,
            requests,
            thread: Some(thread),
            port,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A port nothing listens on (bound, then let go).
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("address").port()
}

/// A site whose news story links to every answer of the server.
fn site(s: &TestServer) -> Fixture {
    let f = Fixture::new();
    let story = format!(
        "---\ntitle: 外部链接\ndate: 2018-12-05\n---\n\n正常：[ok]({ok})\n\n失效：[missing]({missing})\n\n跳转：[moved]({moved}#part)\n\n拒绝HEAD：![图]({nohead})\n\n限流：[busy]({busy})\n\n关机：[down](http://127.0.0.1:{down}/)\n\n再次：[ok again]({ok})\n",
        ok = s.url("/ok"),
        missing = s.url("/missing"),
        moved = s.url("/moved"),
        nohead = s.url("/nohead"),
        busy = s.url("/busy"),
        down = closed_port(),
    );
    f.write("content/news/links.md", &story);
    // The image comes from the test server, allowed so that only the link check speaks.
    let settings = std::fs::read_to_string(f.root().join("content/site.yaml")).expect("site.yaml");
    f.write(
        "content/site.yaml",
        &format!("{settings}image_hosts: [127.0.0.1]\n"),
    );
    // A template override with the same broken address: reported at its line too.
    f.write(
        "templates/404.html",
        &format!(
            "{{% extends \"base.html\" %}}{{% block content %}}\n<p><a href=\"{}\">旧站</a></p>\n{{% endblock content %}}",
            s.url("/missing")
        ),
    );
    f
}

fn options() -> xiaokang::check::Options {
    let mut o = xiaokang::check::Options {
        external: true,
        ..Default::default()
    };
    o.network.timeout = std::time::Duration::from_secs(5);
    o
}

#[test]
fn broken_external_links_are_reported_where_they_are_written() {
    let s = TestServer::start();
    let f = site(&s);
    let report = xiaokang::check::run(f.root(), &options());
    let text = report.diagnostics.to_string();
    let missing = s.url("/missing");
    assert_has(
        &text,
        &[
            &format!("error: broken external link: `{missing}` answers 404 Not Found"),
            "--> content/news/links.md:8:14",
            &format!("8 | 失效：[missing]({missing})"),
            "= hint: the page is gone",
            // The template writes it too.
            "--> templates/404.html:2:13",
            "the link is in a template",
            "refused the connection",
            &format!(
                "warning: external link not checked: `{}` answered 429",
                s.url("/busy")
            ),
        ],
    );
    for fine in ["/ok", "/moved", "/nohead"] {
        assert!(
            !text.contains(&format!("`{}`", s.url(fine))),
            "{fine} is fine:\n{text}"
        );
    }
    assert_eq!(report.diagnostics.error_count(), 3, "{text}");
    let summary = report.external.expect("external links were checked");
    // ok (used twice, asked once), missing, moved, nohead, busy, down.
    assert_eq!(
        summary.to_string(),
        "checked 6 external links: 3 ok, 2 broken, 1 not answered (see warnings)"
    );
}

#[test]
fn each_address_is_asked_once() {
    let s = TestServer::start();
    let f = site(&s);
    xiaokang::check::run(f.root(), &options());
    // HEAD for each of the five addresses on this server, GET after the 404 and the
    // 405, and the redirect's target (HEAD): eight requests, the repeated link not again.
    assert_eq!(s.requests(), 8);
}

#[test]
fn the_command_exits_1_and_prints_the_summary() {
    let s = TestServer::start();
    let f = site(&s);
    let out = Command::new(env!("CARGO_BIN_EXE_xiaokang"))
        .args(["--lang", "en"])
        .args(["check", "--external", "--root"])
        .arg(f.root())
        .output()
        .expect("run xiaokang");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert_has(&stdout, &["checked 6 external links: 3 ok, 2 broken"]);
    assert_has(&stderr, &["content/news/links.md:8:14", "check failed"]);
}

#[test]
fn plain_check_never_touches_the_network() {
    let s = TestServer::start();
    let f = site(&s);
    let report = xiaokang::check::run(f.root(), &xiaokang::check::Options::default());
    assert!(report.external.is_none());
    assert!(!report.diagnostics.has_errors(), "{}", report.diagnostics);
    assert!(!xiaokang::check(f.root()).has_errors());
    let out = Command::new(env!("CARGO_BIN_EXE_xiaokang"))
        .args(["--lang", "en"])
        .args(["check", "--root"])
        .arg(f.root())
        .output()
        .expect("run xiaokang");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("external link"));
    assert_eq!(s.requests(), 0, "plain check asked the server");
}

#[test]
fn links_to_the_site_itself_are_not_asked() {
    let s = TestServer::start();
    let f = Fixture::new();
    f.write(
        "content/site.yaml",
        &format!("title: 测试站\nbase_url: {}/site/\n", s.url("")),
    );
    f.write(
        "content/news/self.md",
        &format!(
            "---\ntitle: 本站\n---\n\n[本站]({})\n",
            s.url("/site/news/")
        ),
    );
    let report = xiaokang::check::run(f.root(), &options());
    assert_eq!(report.external.map(|x| x.checked), Some(0));
    assert_eq!(s.requests(), 0);
}

#[test]
fn a_server_that_never_answers_times_out() {
    // The kernel accepts the connection; nobody ever answers on it.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = silent.local_addr().expect("address").port();
    let f = Fixture::new();
    f.write(
        "content/news/slow.md",
        &format!("---\ntitle: 慢\n---\n\n[慢](http://127.0.0.1:{port}/slow)\n"),
    );
    let mut o = options();
    o.network.timeout = std::time::Duration::from_secs(1);
    let started = std::time::Instant::now();
    let report = xiaokang::check::run(f.root(), &o);
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert_has(
        &report.diagnostics.to_string(),
        &["did not answer within 1 s", "--> content/news/slow.md:5:5"],
    );
    drop(silent);
}
