// Server boot — owned by the server work.
export {};
