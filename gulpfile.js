// Copies what tsc does not emit (icons and codex files) into dist/, keeping relative paths so
// `file:../../icons/...` references in the compiled node and credential still resolve.
const { src, dest } = require('gulp');

function buildAssets() {
	return src(['icons/**/*.svg', 'nodes/**/*.{png,svg}', 'nodes/**/*.node.json'], { base: '.' }).pipe(
		dest('dist'),
	);
}

exports['build:assets'] = buildAssets;
exports.default = buildAssets;
