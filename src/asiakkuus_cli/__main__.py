from asiakkuus_cli.cli.entry import main

main()
