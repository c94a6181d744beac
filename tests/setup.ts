// Shared test setup. Component tests run in jsdom (see tests/component/jsdom-setup.ts).
export {};
