// Stand-in for vite-plugin-pwa's virtual module in unit tests (the plugin only runs in the build).
export const registerSW = () => async () => undefined;
