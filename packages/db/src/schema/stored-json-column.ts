import { customType } from 'drizzle-orm/pg-core';

/**
 * A jsonb column whose value is stored in a shorter form (`store`) and read back whole (`read`),
 * so that every drizzle read and write sees the whole value. As drizzle's own jsonb: a string from
 * a driver that does not parse JSON is parsed.
 */
export function storedJsonColumn<Data, Stored>(store: (value: Data) => Stored, read: (stored: Stored) => Data) {
  return customType<{ data: Data; driverData: unknown }>({
    dataType: () => 'jsonb',
    toDriver: (value) => JSON.stringify(store(value)),
    fromDriver: (value) => read((typeof value === 'string' ? JSON.parse(value) : value) as Stored),
  });
}
