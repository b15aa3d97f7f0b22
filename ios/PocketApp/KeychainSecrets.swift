import Foundation
import PocketCore
import Security

/// The core's secrets (session token, card tokens, a pending payment's password) in the
/// iOS keychain: readable after the phone's first unlock, on this device only (never in
/// a backup or on another phone).
final class KeychainSecrets: SecretStore, @unchecked Sendable {
    private let service: String

    init(service: String) {
        self.service = service
    }

    private func query(_ key: String) -> [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: key,
        ]
    }

    func put(key: String, value: String) throws {
        SecItemDelete(query(key) as CFDictionary)
        var item = query(key)
        item[kSecValueData as String] = Data(value.utf8)
        item[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        let status = SecItemAdd(item as CFDictionary, nil)
        guard status == errSecSuccess else { throw SecretStoreError.Failed(reason: "keychain status \(status)") }
    }

    func get(key: String) throws -> String? {
        var search = query(key)
        search[kSecReturnData as String] = true
        search[kSecMatchLimit as String] = kSecMatchLimitOne
        var found: CFTypeRef?
        let status = SecItemCopyMatching(search as CFDictionary, &found)
        if status == errSecItemNotFound { return nil }
        guard status == errSecSuccess, let data = found as? Data else {
            throw SecretStoreError.Failed(reason: "keychain status \(status)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    func delete(key: String) throws {
        let status = SecItemDelete(query(key) as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw SecretStoreError.Failed(reason: "keychain status \(status)")
        }
    }
}
