// Shared client/server protocol: API body schemas, document names, roles.
export * from './api';
export * from './documentName';
export * from './roles';
