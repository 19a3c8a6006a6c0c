'use strict';
// Builds and packs this community node package, and installs the packed tarball into an n8n user
// folder the way n8n's own community-package installer leaves it on disk:
//   <N8N_USER_FOLDER>/.n8n/nodes/package.json                 ("dependencies": { "<pkg>": "<version>" })
//   <N8N_USER_FOLDER>/.n8n/nodes/node_modules/<pkg>/...       (the unpacked tarball)
// n8n loads packages from there (see n8n-instance.js for the database row it also needs), so the
// node types are "<package name>.<node name>", exactly like for users, not "CUSTOM.<node name>".

const fs = require('node:fs');
const path = require('node:path');
const { run } = require('./proc');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PKG = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const PACK_DIR = path.join(REPO_ROOT, '.cache', 'pack');

/** Files the package manifest promises (n8n.nodes + n8n.credentials); all must exist after the build. */
function declaredDistFiles() {
	return [...(PKG.n8n?.nodes ?? []), ...(PKG.n8n?.credentials ?? [])];
}

function missingDistFiles() {
	return declaredDistFiles().filter((f) => !fs.existsSync(path.join(REPO_ROOT, f)));
}

/** npm run build, then npm pack into .cache/pack. Returns the absolute tarball path. */
async function buildAndPack(log, { skipBuild = false } = {}) {
	// Escape hatch: test an already packed tarball (e.g. a release candidate) instead of this checkout.
	if (process.env.ERP_XT_PACKAGE_TGZ) {
		const tgz = path.resolve(process.env.ERP_XT_PACKAGE_TGZ);
		log(`using the packed package from ERP_XT_PACKAGE_TGZ: ${tgz}`);
		return tgz;
	}
	if (!skipBuild) {
		await log.step('building the package (npm run build)', async () => {
			try {
				await run('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT });
			} catch (err) {
				throw new Error(`npm run build failed, so there is no node to load into n8n yet:\n${err.message}`);
			}
		});
	}
	const missing = missingDistFiles();
	if (missing.length > 0) {
		throw new Error(
			`The node is not built: ${missing.join(', ')} missing.\n` +
				'Build it with "npm run build" (the package.json "n8n" section lists these files).',
		);
	}
	return log.step('packing (npm pack)', async () => {
		fs.mkdirSync(PACK_DIR, { recursive: true });
		for (const old of fs.readdirSync(PACK_DIR)) fs.rmSync(path.join(PACK_DIR, old), { force: true });
		const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', PACK_DIR], { cwd: REPO_ROOT });
		const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
		const tgz = path.join(PACK_DIR, info.filename);
		log(`packed ${info.filename} (${info.entryCount} files, ${(info.size / 1024).toFixed(1)} kB)`);
		return tgz;
	});
}

/**
 * Unpacks the tarball into <userFolder>/.n8n/nodes/node_modules/<name>, replacing an older copy.
 * No `npm install`: the package has no runtime dependencies, and its peer n8n-workflow must come from
 * n8n itself (a second copy would break instanceof checks inside n8n).
 */
async function installIntoUserFolder(tgz, userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', PKG.name);
	const tmp = path.join(nodesDir, '.unpack');
	fs.rmSync(tmp, { recursive: true, force: true });
	fs.mkdirSync(tmp, { recursive: true });
	await run('tar', ['-xzf', tgz, '-C', tmp]);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.renameSync(path.join(tmp, 'package'), target);
	fs.rmSync(tmp, { recursive: true, force: true });

	// Same manifest n8n writes when a user installs a community package from the UI.
	const manifestPath = path.join(nodesDir, 'package.json');
	const manifest = fs.existsSync(manifestPath)
		? JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	manifest.dependencies = { ...(manifest.dependencies ?? {}), [PKG.name]: PKG.version };
	fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
	return { target, packageName: PKG.name, version: PKG.version };
}

/** Reads name, version and node/credential type names from the installed package. */
function describeInstalled(target) {
	const manifest = JSON.parse(fs.readFileSync(path.join(target, 'package.json'), 'utf8'));
	return { name: manifest.name, version: manifest.version, nodes: manifest.n8n?.nodes ?? [], credentials: manifest.n8n?.credentials ?? [] };
}

module.exports = { buildAndPack, installIntoUserFolder, describeInstalled, missingDistFiles, PACKAGE_NAME: PKG.name, PACKAGE_VERSION: PKG.version, REPO_ROOT };
