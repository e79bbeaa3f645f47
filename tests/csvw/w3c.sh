#!/bin/sh
# csvw/w3c.sh: run the W3C CSVW RDF tests (run-w3c.py) with a Python that
# has rdflib (Debian: python3-rdflib); a python3 earlier in PATH, such as
# a pyenv one, may not.
for py in python3 /usr/bin/python3; do
  if "$py" -c 'import rdflib' 2>/dev/null; then
    exec "$py" "$(dirname "$0")/run-w3c.py" "$@"
  fi
done
echo "1..0 # SKIP rdflib not installed (Debian package python3-rdflib)"
