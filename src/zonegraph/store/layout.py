"""Where the persistent store lives in a build folder, and how a new version replaces the old.

    build/graph.trig                 the TriG export (a hard link to the current generation's)
    build/summary.json               the counts of the built graph (and warnings.txt, the figures' doubts)
    build/store/CURRENT              the name of the current generation, one line
    build/.zonegraph.lock            held by the one writer at a time (build, ingest, remove, import)
    build/store/g…/oxigraph/         the Oxigraph database of that generation
    build/store/g…/parts/            one TriG block per named graph, and graphs.tsv listing them
    build/store/g…/graph.trig        the whole TriG export of that generation

A writer never changes a generation that CURRENT names: it prepares a new one beside it (a
RocksDB checkpoint of the current one, hard links, so cheap) and commits by replacing CURRENT
with ``os.replace``, which is atomic. A writer killed at any moment therefore leaves CURRENT
naming the previous, complete generation; the half-made one is removed by the next writer.
Readers never lock: they read CURRENT and open that generation read-only.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import sys
import time
from pathlib import Path
from typing import Iterator

from zonegraph.errors import ZonegraphError

STORE_DIR = "store"
POINTER = "CURRENT"
LOCK = ".zonegraph.lock"
DATABASE = "oxigraph"
PARTS = "parts"
EXPORT = "graph.trig"
GRAPH_FILE = "graph.trig"
SUMMARY_FILE = "summary.json"


def is_build_folder(folder: Path) -> bool:
    """Whether zonegraph wrote ``folder`` as a build folder: its writer's lock, or (a ``--store memory``
    build takes none) its graph.trig and summary.json."""
    return (folder / LOCK).exists() or ((folder / GRAPH_FILE).is_file() and (folder / SUMMARY_FILE).is_file())


def store_root(build_dir: Path) -> Path:
    """The folder of a build's store: its generations and the pointer to the current one."""
    return build_dir / STORE_DIR


def current_generation(build_dir: Path) -> Path | None:
    """The committed generation of ``build_dir``'s store, or None when it has no store."""
    pointer = store_root(build_dir) / POINTER
    try:
        name = pointer.read_text(encoding="ascii").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise ZonegraphError(f"cannot read the store pointer: {error}", pointer) from None
    generation = store_root(build_dir) / name
    if not name or not (generation / DATABASE).is_dir():
        raise ZonegraphError(f"the store pointer names a missing generation {name!r}; "
                             "`zonegraph build` makes the store anew", pointer)
    return generation


def current_generation_name(build_dir: Path) -> str | None:
    """The name CURRENT gives, without checking it: what a writer cleaning up after a failure compares."""
    try:
        return (store_root(build_dir) / POINTER).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None


def has_store(build_dir: Path) -> bool:
    """Whether a build folder has a committed store (a memory build has graph.trig alone)."""
    return (store_root(build_dir) / POINTER).exists()


@contextlib.contextmanager
def writer_lock(build_dir: Path) -> Iterator[None]:
    """One writer at a time per build folder (an advisory lock the kernel drops if we die)."""
    build_dir.mkdir(parents=True, exist_ok=True)
    with open(build_dir / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # another build or ingest is running: wait for it, and say so
            sys.stderr.write(f"zonegraph: waiting for another zonegraph writer on {build_dir} to finish\n")
            sys.stderr.flush()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


_GENERATION_NAME = re.compile(r"g\d{20}-\d+")  # what new_generation names its folders


def new_generation(build_dir: Path) -> Path:
    """A fresh, uncommitted generation folder (its name sorts after every earlier one)."""
    root = store_root(build_dir)
    root.mkdir(parents=True, exist_ok=True)
    generation = root / f"g{time.time_ns():020d}-{os.getpid()}"
    generation.mkdir()
    return generation


def _fsync_dir(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def commit(build_dir: Path, generation: Path) -> None:
    """Make ``generation`` the current one (the atomic step), then publish its TriG export."""
    root = store_root(build_dir)
    previous = current_generation_name(build_dir)  # (unchecked: a build must mend a pointer to a lost generation)
    temporary = root / f".{POINTER}.{os.getpid()}"
    with open(temporary, "w", encoding="ascii") as out:
        out.write(generation.name + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, root / POINTER)
    _fsync_dir(root)
    publish_export(build_dir, generation)
    collect_garbage(build_dir, keep={generation.name, previous or ""})


def publish_export(build_dir: Path, generation: Path) -> None:
    """Make build/graph.trig the generation's export, atomically (a hard link when possible)."""
    source, target = generation / EXPORT, build_dir / GRAPH_FILE
    if target.exists() and os.path.samefile(source, target):
        return
    temporary = build_dir / f".graph-{os.getpid()}.trig"
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        os.link(source, temporary)
    except OSError:  # another file system, or links not allowed: copy
        shutil.copyfile(source, temporary)
    os.replace(temporary, target)


def repair(build_dir: Path) -> None:
    """After a writer died between its commit and the TriG export: publish the current export."""
    generation = current_generation(build_dir)
    if generation is not None and (generation / EXPORT).exists():
        publish_export(build_dir, generation)


def collect_garbage(build_dir: Path, keep: set[str]) -> None:
    """Remove generations other than ``keep``: older ones and any a killed writer left half-made.

    The previous generation is kept so that a reader that opened it a moment ago can finish.
    Call with the writer lock held.
    """
    root = store_root(build_dir)
    for child in root.iterdir():
        if child.is_dir() and _GENERATION_NAME.fullmatch(child.name) and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)  # (only what new_generation named: a user's store/gold stays)
    for child in root.glob(f".{POINTER}.*"):
        with contextlib.suppress(OSError):
            child.unlink()


SNAPSHOT_PREFIX = ".serve-"


def snapshot(build_dir: Path) -> Path:
    """A private, frozen copy of the built graph that ``load_graph`` reads as a build folder, for a
    reader that must keep one graph while writers commit new ones (``zonegraph serve``).

    With a store, the current generation is hard-linked into ``store/.serve-PID-…/`` (its files never
    change once committed, so the links are a copy that costs nothing, on the same file system), or
    copied to a temporary folder where the build folder cannot be written;
    a ``--store memory`` build's graph.trig is copied to a temporary folder. ``release`` removes it;
    a snapshot whose process has died is removed by the next one.
    """
    import tempfile

    generation = current_generation(build_dir)
    if generation is None:
        trig = build_dir / GRAPH_FILE
        if not trig.is_file():
            raise ZonegraphError("no built graph here: run `zonegraph build` first", trig)
        folder = Path(tempfile.mkdtemp(prefix="zonegraph-serve-"))
        shutil.copyfile(trig, folder / GRAPH_FILE)
        return folder
    root = store_root(build_dir)
    _remove_dead_snapshots(root)
    try:
        folder = Path(tempfile.mkdtemp(prefix=f"{SNAPSHOT_PREFIX}{os.getpid()}-", dir=root))
    except OSError:  # a build folder one may read but not write (a shared copy): the snapshot goes elsewhere
        folder = Path(tempfile.mkdtemp(prefix="zonegraph-serve-"))
    try:
        shutil.copytree(generation, store_root(folder) / generation.name, copy_function=_link_or_copy,
                        ignore=shutil.ignore_patterns(PARTS))
        (store_root(folder) / POINTER).write_text(generation.name + "\n", encoding="ascii")
    except OSError as error:  # a writer removed the generation meanwhile (two commits), or the disk is full
        shutil.rmtree(folder, ignore_errors=True)
        raise ZonegraphError(f"cannot take a snapshot of the store: {error}", generation) from None
    return folder


def release(folder: Path) -> None:
    """Remove a snapshot ``snapshot`` made."""
    shutil.rmtree(folder, ignore_errors=True)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # links not allowed here
        shutil.copy2(source, target)


def _remove_dead_snapshots(root: Path) -> None:
    """Snapshots left by a server that was killed: their name's process is gone."""
    for child in root.glob(f"{SNAPSHOT_PREFIX}*"):
        pid = child.name[len(SNAPSHOT_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(child, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def retire(build_dir: Path) -> None:
    """Remove the store (a ``--store memory`` build replaces it): the pointer first, atomically.
    Call with the writer lock held."""
    root = store_root(build_dir)
    if not root.exists():
        return
    with contextlib.suppress(FileNotFoundError):
        (root / POINTER).unlink()
    collect_garbage(build_dir, keep=set())
    _remove_dead_snapshots(root)  # (a running server's snapshot is its own: left)
    with contextlib.suppress(OSError):
        root.rmdir()  # the folder goes once empty; anything else put there stays
