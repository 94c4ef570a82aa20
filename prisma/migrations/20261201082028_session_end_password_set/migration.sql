-- AlterEnum
ALTER TYPE "SessionEndReason" ADD VALUE 'PASSWORD_SET';
