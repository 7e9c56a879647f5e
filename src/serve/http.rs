//! The request loop of `serve`: files from memory, the reload long-poll, the error overlay.

use super::{ServeOptions, Shared};
use crate::messages::catalog::serve as msg;
use crate::messages::Language;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tiny_http::{Header, Request, Response, Server};

/// The long-poll endpoint: answers when the build generation differs from `since`.
pub const POLL: &str = "/__xiaokang/poll";

/// Serves until stopped or a limit in `opts` is reached. Each request gets its own thread
/// (reload long-polls wait); the loop itself checks its limits every 100 ms.
pub(crate) fn serve_loop(
    server: Server,
    shared: &Arc<Shared>,
    opts: &ServeOptions,
    start: Instant,
) {
    let mut served = 0usize;
    let deadline = opts.max_time.map(|t| start + t);
    let mut workers = Vec::new();
    loop {
        if shared.stop.load(Ordering::SeqCst)
            || deadline.is_some_and(|d| Instant::now() >= d)
            || opts.max_requests.is_some_and(|m| served >= m)
        {
            break;
        }
        let req = match server.recv_timeout(Duration::from_millis(100)) {
            Ok(Some(r)) => r,
            Ok(None) => continue,
            Err(e) => {
                let line = crate::messages::catalog::serve::server_error(e.to_string());
                eprintln!("{}", line.render(opts.language));
                break;
            }
        };
        served += 1;
        let shared = shared.clone();
        workers.push(std::thread::spawn(move || handle(req, &shared)));
        workers.retain(|w| !w.is_finished());
    }
    // Wake waiting long-polls so their threads end.
    shared.stop.store(true, Ordering::SeqCst);
    shared.changed.notify_all();
    for w in workers {
        let _ = w.join();
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "csv" => "text/csv; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn handle(req: Request, shared: &Shared) {
    let url = req.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    if path == POLL {
        let since: u64 = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("since="))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let generation = wait_for_change(shared, since);
        let body = format!("{{\"generation\":{generation}}}");
        let _ = req.respond(
            Response::from_string(body)
                .with_header(header("Content-Type", "application/json"))
                .with_header(header("Cache-Control", "no-store")),
        );
        return;
    }
    // Strict: a bad escape or non-UTF-8 path is a malformed request, not a missing file.
    let Ok(decoded) = crate::url::percent_decode(path) else {
        let _ = req.respond(Response::from_string("bad request").with_status_code(400));
        return;
    };
    let mut rel = decoded.trim_start_matches('/').to_string();
    if rel.split('/').any(|seg| seg == "..") {
        let _ = req.respond(Response::from_string("bad request").with_status_code(400));
        return;
    }
    if rel.is_empty() || rel.ends_with('/') {
        rel.push_str("index.html");
    }
    let (bytes, status, generation, error) = {
        let Ok(st) = shared.state.lock() else {
            return;
        };
        let found = st.files.get(&rel).cloned().or_else(|| {
            st.copies
                .get(&rel)
                .and_then(|src| std::fs::read(src).ok())
                .map(Arc::new)
        });
        // `/regions/luqu` → the folder's index page.
        if found.is_none() && st.files.contains_key(&format!("{rel}/index.html")) {
            drop(st);
            let _ = req
                .respond(Response::empty(301).with_header(header("Location", &format!("{path}/"))));
            return;
        }
        match found {
            Some(b) => (Some(b), 200, st.generation, st.error.clone()),
            None => {
                rel = "404.html".into();
                (
                    st.files.get("404.html").cloned(),
                    404,
                    st.generation,
                    st.error.clone(),
                )
            }
        }
    };
    let ctype = content_type(&rel);
    let body: Vec<u8> = match (&bytes, ctype.starts_with("text/html")) {
        (Some(b), true) => inject(b, generation, error.as_deref(), shared.language),
        (Some(b), false) => b.to_vec(),
        // No build has worked yet: a bare page with the overlay.
        (None, _) => inject(
            b"<!doctype html><html><head><meta charset=\"utf-8\"><title>xiaokang</title></head><body></body></html>",
            generation,
            error.as_deref(),
            shared.language,
        ),
    };
    let ctype = if bytes.is_none() {
        "text/html; charset=utf-8"
    } else {
        ctype
    };
    let _ = req.respond(
        Response::from_data(body)
            .with_status_code(status)
            .with_header(header("Content-Type", ctype))
            .with_header(header("Cache-Control", "no-store")),
    );
}

/// Blocks until the generation differs from `since`, the poll timeout passes or the
/// server stops; returns the generation.
fn wait_for_change(shared: &Shared, since: u64) -> u64 {
    let deadline = Instant::now() + shared.poll_timeout;
    let Ok(mut st) = shared.state.lock() else {
        return since;
    };
    while st.generation == since && !shared.stop.load(Ordering::SeqCst) {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        match shared.changed.wait_timeout(st, deadline - now) {
            Ok((g, _)) => st = g,
            Err(_) => return since,
        }
    }
    st.generation
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The live-reload script and, after a failed build, the error overlay, placed before
/// `</body>`. Only `serve` calls this: built files never contain it.
pub fn inject(html: &[u8], generation: u64, error: Option<&str>, lang: Language) -> Vec<u8> {
    let mut extra = String::new();
    if let Some(e) = error {
        extra.push_str(
            "<div id=\"xiaokang-error\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;\
             overflow:auto;background:rgba(24,24,27,.94);color:#fafafa;padding:1.5rem;\
             font:14px/1.5 ui-monospace,Menlo,Consolas,monospace\">\
             <h2 style=\"color:#f87171;margin:0 0 1rem;font-size:1.2rem\">",
        );
        extra.push_str(&escape(&msg::overlay_title().render(lang)));
        extra.push_str("</h2><pre style=\"white-space:pre-wrap;margin:0\">");
        extra.push_str(&escape(e));
        extra.push_str("</pre><p style=\"color:#a1a1aa\">");
        extra.push_str(&escape(&msg::overlay_footer().render(lang)));
        extra.push_str("</p></div>");
    }
    extra.push_str(&format!(
        "<script>/* xiaokang serve: live reload (never in built files) */\
         (function(){{var g={generation};function poll(){{fetch(\"{POLL}?since=\"+g,{{cache:\"no-store\"}})\
         .then(function(r){{return r.json()}}).then(function(d){{if(d.generation!==g){{location.reload()}}else{{poll()}}}})\
         .catch(function(){{setTimeout(poll,1000)}})}}poll()}})();</script>"
    ));
    let text = String::from_utf8_lossy(html);
    let out = match text.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &text[..i], &text[i..]),
        None => format!("{text}{extra}"),
    };
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_before_body_end_and_escapes_errors() {
        let out = String::from_utf8(inject(
            b"<body><p>x</p></body>",
            3,
            Some("<b> at a.yaml:1:2"),
            Language::En,
        ))
        .unwrap();
        assert!(out.contains("var g=3;"));
        assert!(out.contains("&lt;b&gt; at a.yaml:1:2"));
        assert!(out.ends_with("</script></body>"));
    }
}
