// For unit tests of the data check: the message of the DataError that `fn` throws.
import { expect } from 'vitest'
import { DataError } from '../../tooling/data-errors.ts'

export function errorOf(fn: () => unknown) {
  try {
    fn()
  }
  catch (error) {
    expect(error).toBeInstanceOf(DataError)
    return (error as DataError).message
  }
  throw new Error('expected a DataError, but nothing was thrown')
}
