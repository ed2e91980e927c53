export * from './tokens';
export * from './core.module';
export * from './router';
export * from './shutdown';
export * from './wait-for';
