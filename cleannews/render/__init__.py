"""Ways of showing a cleaned document to a person (``cleannews explain``)."""
