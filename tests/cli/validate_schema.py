"""validate_schema.py SCHEMA FILE...: validates YAML files against a JSON Schema (draft
2020-12) as yaml-language-server would; prints each error with its file and path and exits
1 when any file is invalid, 77 when python3-jsonschema or python3-yaml is missing."""
import json
import sys

try:
    import jsonschema
    import yaml
except ImportError as error:
    print("SKIP: %s (install python3-jsonschema python3-yaml)" % error, file=sys.stderr)
    sys.exit(77)

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        document = yaml.safe_load(f)
    if document is None:
        document = {}
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path)
        print("%s: /%s: %s" % (path, where, error.message))
        bad += 1
sys.exit(1 if bad else 0)
