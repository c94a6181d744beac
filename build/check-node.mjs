// `npm start` and `npm run dist` need Electron's own tools, which need a newer
// Node than the rest of the project: say so plainly instead of failing deep
// inside them. Tests, the command line and the web build run on Node 20.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Structura's desktop build (Electron 45 and electron-builder) needs Node 22.12 or newer; this is Node ${process.versions.node}.`);
  console.error('On this Node: npm test, npm run web and npx structura all work.');
  process.exit(1);
}
