package app.pocket.secrets

import app.pocket.core.SecretStore
import app.pocket.core.SecretStoreException
import java.io.File
import java.util.Base64
import java.util.Properties
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * Seals and opens small secrets. On Android the key lives in the Android
 * Keystore (it never leaves the secure hardware); the JVM suite uses a
 * generated key. Plain Kotlin, so the JVM suite tests exactly this code.
 */
class AesGcmCipher(private val key: SecretKey) {
    /** IV (12 bytes) followed by the ciphertext and its tag. */
    fun seal(plain: ByteArray): ByteArray {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, key) // the provider picks a fresh IV
        return cipher.iv + cipher.doFinal(plain)
    }

    fun open(sealed: ByteArray): ByteArray {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES))
        return cipher.doFinal(sealed, IV_BYTES, sealed.size - IV_BYTES)
    }

    private companion object {
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val IV_BYTES = 12
        const val TAG_BITS = 128
    }
}

/**
 * The app core's [SecretStore] for Android: every value sealed with
 * [cipher] and kept in one app-private file, written atomically. The core
 * calls it for the session token, card tokens and a pending payment's
 * password; nothing in the file is readable without the Keystore key.
 */
class EncryptingSecretStore(private val file: File, private val cipher: AesGcmCipher) : SecretStore {
    private val lock = Any()

    override fun put(key: String, value: String) = synchronized(lock) {
        val values = load()
        values.setProperty(key, Base64.getEncoder().encodeToString(cipher.seal(value.toByteArray())))
        save(values)
    }

    override fun get(key: String): String? = synchronized(lock) {
        val sealed = load().getProperty(key) ?: return null
        try {
            String(cipher.open(Base64.getDecoder().decode(sealed)))
        } catch (error: Exception) {
            throw SecretStoreException.Failed("cannot open the secret $key: ${error.javaClass.simpleName}")
        }
    }

    override fun delete(key: String) = synchronized(lock) {
        val values = load()
        if (values.remove(key) != null) save(values)
    }

    private fun load(): Properties = Properties().apply {
        if (file.exists()) file.inputStream().use { load(it) }
    }

    private fun save(values: Properties) {
        val next = File(file.parentFile, file.name + ".next")
        next.outputStream().use { values.store(it, null) }
        if (!next.renameTo(file)) throw SecretStoreException.Failed("cannot write ${file.name}")
    }
}
