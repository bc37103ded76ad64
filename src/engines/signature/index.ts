export {
  canonicalJson,
  DEFAULT_SM2_USER_ID,
  derivePublicKey,
  generateKeyPair,
  isSignatureAlgorithm,
  isValidKey,
  keyFingerprint,
  sign,
  SIGNATURE_ALGORITHMS,
  verify,
  type SignatureAlgorithm,
  type SignatureKeyPair,
  type SignatureOptions,
} from './signature.js';
export { sha256, sm3, sm4Decrypt, sm4Encrypt, type Sm4Mode, type Sm4Options } from './hash.js';
