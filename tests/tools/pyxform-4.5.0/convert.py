"""Converts each XLSForm named on the command line with pyxform; prints one JSON line per file:
its name, the error pyxform raised (or null) and the warnings it gave."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from pyxform.xls2xform import convert  # noqa: E402

for path in sys.argv[1:]:
    warnings = []
    try:
        convert(xlsform=path, warnings=warnings, validate=False)
        error = None
    except Exception as exception:  # pyxform's errors are of several classes; each is a refusal of the form
        error = f"{type(exception).__name__}: {exception}"
    print(json.dumps({"file": Path(path).name, "error": error, "warnings": warnings}), flush=True)
