"""The producers and the worker pool: ReportLab (in process), Chromium (one headless browser per
worker over the DevTools pipe), LibreOffice (python-docx .docx converted in batches), Ghostscript
(a ReportLab PDF re-distilled by pdfwrite)."""

import multiprocessing as mp
import os
import resource
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

import families as F
import paper as PA

PRODUCERS = ["reportlab", "chromium", "libreoffice", "ghostscript"]
CHUNK = {"reportlab": 25, "ghostscript": 10, "chromium": 12, "libreoffice": 20}

_chrome = None


def chrome():
    global _chrome
    if _chrome is None:
        import cdp
        _chrome = cdp.Chrome()
        try:
            from multiprocessing import util
            util.Finalize(None, _chrome.close, exitpriority=10)
        except Exception:
            pass
    return _chrome


def close_chrome():
    global _chrome
    if _chrome is not None:
        _chrome.close()
        _chrome = None


def ghostscript(p, src, dst):
    """Re-distill with pdfwrite, reproducibly: dates from the paper's date (SOURCE_DATE_EPOCH),
    UUIDs and the trailer /ID from the file name."""
    import calendar
    import hashlib
    level = p.rng.choice(["1.4", "1.5", "1.7"])
    h = hashlib.md5(dst.name.encode()).hexdigest()
    uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(calendar.timegm(p.date.timetuple()) + 9 * 3600))
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-dCompatibilityLevel={level}",
                    f"-sDocumentUUID={uuid}", f"-sInstanceUUID={uuid}", f"-sOutputFile={dst}", str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    data = dst.read_bytes()
    fixed = re.sub(rb"/ID \[<[0-9A-Fa-f]{32}><[0-9A-Fa-f]{32}>\]", b"/ID [<" + h.upper().encode() + b"><" + h.upper().encode() + b">]", data)
    if fixed != data:
        dst.write_bytes(fixed)


def page_count(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else None


def file_name(seed, i):
    slug = re.sub(r"[^A-Za-z0-9]+", "-", str(seed)).strip("-") or "s"
    return f"lg_{slug}_{i:06d}.pdf"


def build(job):
    i, fam, prod, kind, pseed = job
    rng = random.Random(pseed)
    spec = F.FAMILIES[fam]
    p = PA.make_paper(rng, kind, pseed, spec["schemes"], scheme_p=spec["scheme_p"], originators=spec["originators"])
    doc = F.build(fam, p, prod)
    return p, doc


def work_chunk(arg):
    jobs, out, resume = arg
    out = Path(out)
    rows, errors, secs, cpu = [], [], {}, {}
    lo = []
    tmp = Path(tempfile.mkdtemp(prefix="lg-work-"))
    try:
        for job in jobs:
            i, fam, prod, kind, pseed = job
            name = file_name(pseed.rsplit("/", 1)[0], i)
            t0 = time.perf_counter()
            c0 = _cpu()
            try:
                p, doc = build(job)
                if resume and (out / name).is_file() and (out / name).stat().st_size > 0:
                    # written by an earlier, interrupted run of the same command: only its truth row
                    rows.append(p.truth(fam, prod, name, page_count(out / name)))
                    continue
                if prod == "reportlab":
                    import render_rl
                    pages, _ = render_rl.render(doc, out / name)
                elif prod == "ghostscript":
                    import render_rl
                    src = tmp / name
                    render_rl.render(doc, src)
                    ghostscript(p, src, out / name)
                    pages = page_count(out / name)
                elif prod == "chromium":
                    import render_html
                    src = tmp / (name[:-4] + ".html")
                    src.write_text(render_html.render(doc), encoding="utf-8")
                    chrome().print_pdf(src, out / name)
                    pages = page_count(out / name)
                elif prod == "libreoffice":
                    import render_docx
                    src = tmp / (name[:-4] + ".docx")
                    render_docx.render(doc, src)
                    lo.append((p, fam, name, src, time.perf_counter() - t0))
                    continue
                else:
                    raise ValueError(prod)
                rows.append(p.truth(fam, prod, name, pages))
            except Exception as e:
                errors.append(f"{name} ({fam}/{prod}/{kind}): {e!r}\n{traceback.format_exc(limit=4)}")
            secs[prod] = secs.get(prod, 0.0) + time.perf_counter() - t0
            cpu[prod] = cpu.get(prod, 0.0) + _cpu() - c0
        if lo:
            t0 = time.perf_counter()
            c0 = _cpu()
            profile = tmp / "lo-profile"
            cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                   "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp)] + [str(x[3]) for x in lo]
            timeout = 300 + 60 * len(lo)
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                # soffice forks soffice.bin: end the whole group this call started, by its id
                os.killpg(proc.pid, 9)
                proc.wait()
                errors.append(f"LibreOffice batch timed out after {timeout} s; PDFs written so far are kept")
            for p, fam, name, src, _ in lo:
                pdf = src.with_suffix(".pdf")
                if not pdf.exists():
                    errors.append(f"{name} ({fam}/libreoffice): LibreOffice wrote no PDF")
                    continue
                shutil.move(str(pdf), out / name)
                rows.append(p.truth(fam, "libreoffice", name, page_count(out / name)))
            secs["libreoffice"] = secs.get("libreoffice", 0.0) + time.perf_counter() - t0 + sum(x[4] for x in lo)
            cpu["libreoffice"] = cpu.get("libreoffice", 0.0) + _cpu() - c0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    counts = {}
    for r in rows:
        counts[r["producer"]] = counts.get(r["producer"], 0) + 1
    return rows, errors, secs, counts, cpu


def safe_chunk(arg):
    """work_chunk that reports an unexpected failure of the whole chunk instead of ending the run."""
    try:
        return work_chunk(arg)
    except Exception as e:
        names = ", ".join(file_name(j[4].rsplit("/", 1)[0], j[0]) for j in arg[0])
        return [], [f"chunk failed ({e!r}): {names}"], {}, {}, {}


def _cpu():
    """CPU seconds of this process and its waited-for children (gs, soffice, pdfinfo; a worker's
    Chromium is counted only when it exits, so Chromium CPU is under-reported)."""
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + ch.ru_utime + ch.ru_stime


def chunks(jobs):
    by = {}
    for j in jobs:
        by.setdefault(j[2], []).append(j)
    out = []
    for prod, js in by.items():
        n = CHUNK[prod]
        out += [js[k:k + n] for k in range(0, len(js), n)]
    # interleave producers so slow ones spread over the workers
    out.sort(key=lambda c: (-CHUNK[c[0][2]] * 0, c[0][0]))
    return out


def run_jobs(jobs, out, njobs, quiet=False, resume=False):
    cs = chunks(jobs)
    rows, secs, counts, cpus = [], {}, {}, {}
    done = 0
    t0 = time.time()

    def take(res):
        nonlocal done
        r, errs, s, c, cp = res
        for k, v in cp.items():
            cpus[k] = cpus.get(k, 0.0) + v
        rows.extend(r)
        for e in errs:
            print("layoutgen: failed: " + e, file=sys.stderr)
        for k, v in s.items():
            secs[k] = secs.get(k, 0.0) + v
        for k, v in c.items():
            counts[k] = counts.get(k, 0) + v
        done += len(r)
        if not quiet and sys.stderr.isatty():
            print(f"\r{done}/{len(jobs)} papers, {time.time() - t0:.0f} s", end="", file=sys.stderr)

    if njobs <= 1:
        for c in cs:
            take(safe_chunk((c, str(out), resume)))
        close_chrome()
    else:
        ctx = mp.get_context("fork")
        pool = ctx.Pool(njobs)
        try:
            for res in pool.imap_unordered(safe_chunk, [(c, str(out), resume) for c in cs]):
                take(res)
        finally:
            # close + join (not terminate) so each worker shuts its Chromium down
            pool.close()
            pool.join()
    if not quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    stats = {k: {"papers": counts.get(k, 0), "worker_s": round(secs.get(k, 0.0), 2), "cpu_s": round(cpus.get(k, 0.0), 2),
                 "docs_per_worker_s": round(counts.get(k, 0) / secs[k], 2) if secs.get(k) else None,
                 "docs_per_cpu_s": round(counts.get(k, 0) / cpus[k], 2) if cpus.get(k) else None}
             for k in secs}
    return rows, stats
