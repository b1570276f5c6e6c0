package coder

// JWMarshal is jwMarshal, the encoder the generated client and server call,
// for the tests of package coder_test.
var JWMarshal = jwMarshal
