#!/bin/sh
# embed.sh NAME FILE: FILE as a C string NAME and its length NAME_len, so the
# library carries the ontology it was built with.
name=$1
file=$2
echo "/* Generated from $(basename "$file") by embed.sh; do not edit. */"
echo "#include <stddef.h>"
echo "extern const char ${name}[];"
echo "extern const size_t ${name}_len;"
echo "const char ${name}[] ="
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/  "/' -e 's/$/\\n"/' "$file"
echo "  \"\";"
echo "const size_t ${name}_len = sizeof ${name} - 1;"
