"""Input schemas of documents and source passages (seed files and writes), made from the
tables' declarations (`Accepted`)."""

from app.core.fields import input_model
from app.sources.models import Document, Source

DocumentSeed = input_model("DocumentSeed", Document)
SourceSeed = input_model("SourceSeed", Source)
