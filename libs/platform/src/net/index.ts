export * from './address-class';
export * from './allowed-destinations';
export * from './callback-url-check';
export * from './destination-policy';
export * from './host-resolution';
export * from './outbound-http';
export * from './refused-destination';
