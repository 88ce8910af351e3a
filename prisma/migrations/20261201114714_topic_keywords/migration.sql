-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Topic" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "themeSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "videoCount" INTEGER NOT NULL,
    "sharePercent" REAL NOT NULL,
    "shareDenominator" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Topic_themeSlug_fkey" FOREIGN KEY ("themeSlug") REFERENCES "Theme" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Topic" ("name", "position", "section", "shareDenominator", "sharePercent", "slug", "summary", "themeSlug", "videoCount") SELECT "name", "position", "section", "shareDenominator", "sharePercent", "slug", "summary", "themeSlug", "videoCount" FROM "Topic";
DROP TABLE "Topic";
ALTER TABLE "new_Topic" RENAME TO "Topic";
CREATE INDEX "Topic_themeSlug_idx" ON "Topic"("themeSlug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
