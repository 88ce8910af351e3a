-- AlterTable
ALTER TABLE "TopicPair" ADD COLUMN "kind" TEXT;

-- CreateTable
CREATE TABLE "Finding" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "group" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "topics" TEXT NOT NULL DEFAULT '[]'
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Theme" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "videoCount" INTEGER NOT NULL,
    "sharePercent" REAL NOT NULL,
    "shareDenominator" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'not-classified',
    "originEvidence" TEXT
);
INSERT INTO "new_Theme" ("name", "position", "section", "shareDenominator", "sharePercent", "slug", "summary", "videoCount") SELECT "name", "position", "section", "shareDenominator", "sharePercent", "slug", "summary", "videoCount" FROM "Theme";
DROP TABLE "Theme";
ALTER TABLE "new_Theme" RENAME TO "Theme";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
