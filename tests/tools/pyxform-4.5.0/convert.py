"""Converts each XLSForm named on the command line with pyxform; prints one JSON line per file:
its name, the error pyxform raised (or null) and the warnings it gave; with --xml first, the XForm made too."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pyxform.xls2xform import convert  # noqa: E402

with_xml = sys.argv[1:2] == ["--xml"]
for path in sys.argv[2 if with_xml else 1:]:
    warnings = []
    xml = None
    try:
        xml = convert(xlsform=path, warnings=warnings, validate=False).xform
        error = None
    except Exception as exception:  # pyxform's errors are of several classes; each is a refusal of the form
        error = f"{type(exception).__name__}: {exception}"
    line = {"file": Path(path).name, "error": error, "warnings": warnings}
    print(json.dumps({**line, "xml": xml} if with_xml else line), flush=True)
