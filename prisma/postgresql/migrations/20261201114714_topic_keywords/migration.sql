-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "keywords" TEXT NOT NULL DEFAULT '[]';
