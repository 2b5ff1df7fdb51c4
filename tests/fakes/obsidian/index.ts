/**
 * A small typed fake of the `obsidian` module: vitest aliases `obsidian` to this file.
 * Each part implements the real API types it stands in for; the plugin's code never knows.
 */
