"""bench/extract.py runs on any folder of documents and says how fast the extraction alone went."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_extract_bench_times_the_shipped_corpus():
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "extract.py"), str(ROOT / "data" / "corpus"), "--profile", "3"],
                            capture_output=True, text=True, check=True)
    line = result.stdout.splitlines()[0]
    found = re.match(r"5 documents, ([\d,]+) characters, ([\d,]+) facts: [\d.]+ s, [\d,]+ characters/s \(profiled\)", line)
    assert found, line
    assert int(found.group(2).replace(",", "")) > 500  # the corpus's facts, not an empty run
    assert "tottime" in result.stdout  # the profile's table


def test_extract_bench_names_a_folder_without_documents(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "extract.py"), str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 2 and f"{tmp_path}: no .txt documents" in result.stderr
