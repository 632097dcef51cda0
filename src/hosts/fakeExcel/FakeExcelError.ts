/** Shaped like OfficeExtension.Error: a `code` Excel documents, and a message. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: 'PropertyNotLoaded' | 'InvalidArgument' | 'ItemNotFound' | 'ItemAlreadyExists' | 'AccessDenied' | 'InvalidOperation' | 'RequestPayloadSizeLimitExceeded' | 'ResponsePayloadSizeLimitExceeded',
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function propertyNotLoaded(property: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
