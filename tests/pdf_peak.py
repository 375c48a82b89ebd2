"""A fresh process that reads one PDF and prints the outcome, its peak resident set
(``VmHWM``) and seconds as JSON: the memory tests of the PDF limits share it."""

from __future__ import annotations

PEAK_SCRIPT = """
import json, re, sys, time
from honlac_extract.errors import InputError
from honlac_extract.readers import read_document
started = time.monotonic()
try:
    read_document(sys.argv[1])
    outcome = "read"
except InputError as error:
    outcome = str(error)
status = open("/proc/self/status").read()
peak = int(re.search(r"VmHWM:\\s*(\\d+)", status).group(1)) / 1024
print(json.dumps({"outcome": outcome, "peak_mb": peak, "seconds": time.monotonic() - started}))
"""
