from asiakkuus_cli.cli.app import main

main()
