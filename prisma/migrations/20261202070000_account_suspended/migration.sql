-- AlterEnum: the provider suspends an account (members still sign in, see it, pay and ask support; nothing else changes).
ALTER TYPE "AccountStatus" ADD VALUE 'SUSPENDED';
