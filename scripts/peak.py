#!/usr/bin/env python3
"""Run a command; print its wall seconds, peak RSS (KiB, from the kernel's rusage) and peak
anonymous RSS (KiB, RssAnon sampled every 10 ms: the process's own memory, without the
index files it maps). Usage: peak.py OUT_FILE CMD... (stdout/stderr of CMD pass through)."""
import os, subprocess, sys, time

out, cmd = sys.argv[1], sys.argv[2:]
start = time.monotonic()
p = subprocess.Popen(cmd)
anon = 0
while True:
    try:
        with open(f"/proc/{p.pid}/status") as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    anon = max(anon, int(line.split()[1]))
    except (FileNotFoundError, ProcessLookupError):
        pass
    pid, status, ru = os.wait4(p.pid, os.WNOHANG)
    if pid:
        break
    time.sleep(0.01)
secs = time.monotonic() - start
with open(out, "w") as f:
    f.write(f"{secs:.3f} {ru.ru_maxrss} {anon}\n")
sys.exit(os.waitstatus_to_exitcode(status))
