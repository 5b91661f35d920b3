namespace SmartPack.SampleHost.Storage;

/// <summary>The host's tables. Text keys use SQLite's binary collation, so "00123" and "123" are different keys.</summary>
internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS installations (
            id TEXT NOT NULL PRIMARY KEY,
            plugin_id TEXT NOT NULL,
            installed_at TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS installation_settings (
            installation_id TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT,
            is_secret INTEGER NOT NULL,
            PRIMARY KEY (installation_id, key));

        CREATE TABLE IF NOT EXISTS plugin_state (
            installation_id TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (installation_id, key));

        CREATE TABLE IF NOT EXISTS sync_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            installation_id TEXT NOT NULL,
            time TEXT NOT NULL,
            area TEXT NOT NULL,
            status TEXT NOT NULL,
            message TEXT NOT NULL,
            reference TEXT,
            error_detail TEXT,
            error_code TEXT,
            log_id TEXT,
            http_status INTEGER,
            previous_value TEXT,
            current_value TEXT,
            difference TEXT,
            document_number TEXT);
        CREATE INDEX IF NOT EXISTS ix_sync_log_installation ON sync_log (installation_id, time DESC, id DESC);

        CREATE TABLE IF NOT EXISTS warehouse_orders (
            installation_id TEXT NOT NULL,
            order_number TEXT NOT NULL,
            content TEXT NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (installation_id, order_number));

        CREATE TABLE IF NOT EXISTS warehouse_products (
            installation_id TEXT NOT NULL,
            sku TEXT NOT NULL,
            content TEXT NOT NULL,
            is_active INTEGER NOT NULL,
            quantity_on_hand TEXT NOT NULL DEFAULT '0',
            PRIMARY KEY (installation_id, sku));

        CREATE TABLE IF NOT EXISTS task_runs (
            installation_id TEXT NOT NULL,
            task_name TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            last_run_at TEXT,
            last_succeeded INTEGER,
            last_result TEXT,
            next_run_at TEXT,
            PRIMARY KEY (installation_id, task_name));
        """;
}
