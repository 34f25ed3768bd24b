"""The Python peer of the ingest benchmark: reads every .xlsx under a folder and merely visits its values.

Usage: /usr/bin/python3 read_excel.py openpyxl|pandas FOLDER
Prints the number of files and cells, then «seconds=…»: the reading time alone (imports excluded).
Debian packages: python3-openpyxl, python3-pandas (the pyenv python3 on PATH here has neither).
"""
import pathlib
import sys
import time


def with_openpyxl(files):
    import openpyxl
    cells = 0
    for f in files:
        wb = openpyxl.load_workbook(f, read_only=True, data_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is not None:
                        cells += 1
        wb.close()
    return cells


def with_pandas(files):
    import pandas
    cells = 0
    for f in files:
        for frame in pandas.read_excel(f, sheet_name=None, header=None, engine="openpyxl").values():
            cells += int(frame.count().sum())
    return cells


def main():
    engine, folder = sys.argv[1], pathlib.Path(sys.argv[2])
    files = sorted(folder.rglob("*.xlsx"))
    read = with_openpyxl if engine == "openpyxl" else with_pandas
    if engine == "pandas":
        import pandas  # noqa: F401  (import time is not reading time)
    else:
        import openpyxl  # noqa: F401
    start = time.perf_counter()
    cells = read(files)
    seconds = time.perf_counter() - start
    print(f"files={len(files)} cells={cells}")
    print(f"seconds={seconds:.3f}")


if __name__ == "__main__":
    main()
