{
	"patcher": {
		"fileversion": 1,
		"appversion": {
			"major": 8,
			"minor": 6,
			"revision": 0,
			"architecture": "x64",
			"modernui": 1
		},
		"classnamespace": "box",
		"rect": [
			100,
			100,
			1400,
			400
		],
		"openrect": [
			0,
			0,
			120,
			169
		],
		"openinpresentation": 1,
		"default_fontsize": 10,
		"default_fontname": "Arial Bold",
		"gridsize": [
			8,
			8
		],
		"boxes": [
			{
				"box": {
					"id": "obj-1",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [
						"bang",
						"int",
						"int"
					],
					"patching_rect": [
						20,
						20,
						111.5,
						22
					],
					"text": "live.thisdevice"
				}
			},
			{
				"box": {
					"id": "obj-2",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						143.5,
						20,
						46.5,
						22
					],
					"text": "ready"
				}
			},
			{
				"box": {
					"id": "obj-3",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [
						"",
						""
					],
					"patching_rect": [
						202,
						20,
						105,
						22
					],
					"text": "js p0-input.js",
					"saved_object_attributes": {
						"filename": "p0-input.js",
						"parameter_enable": 0
					}
				}
			},
			{
				"box": {
					"id": "obj-4",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						"int"
					],
					"patching_rect": [
						20,
						80,
						53,
						22
					],
					"text": "midiin"
				}
			},
			{
				"box": {
					"id": "obj-5",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						85,
						80,
						92,
						22
					],
					"text": "send p0_midi"
				}
			},
			{
				"box": {
					"id": "obj-6",
					"maxclass": "newobj",
					"numinlets": 0,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						189,
						80,
						118,
						22
					],
					"text": "receive p0_input"
				}
			},
			{
				"box": {
					"id": "obj-7",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						140,
						112,
						18
					],
					"presentation": 1,
					"presentation_rect": [
						4,
						2,
						112,
						18
					],
					"text": "Protocol0 Input",
					"fontsize": 10,
					"fontname": "Ableton Sans Bold"
				}
			},
			{
				"box": {
					"id": "obj-8",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						144,
						140,
						112,
						15
					],
					"presentation": 1,
					"presentation_rect": [
						4,
						24,
						112,
						15
					],
					"text": "channel: ?",
					"fontsize": 9,
					"fontname": "Ableton Sans Medium"
				}
			},
			{
				"box": {
					"id": "obj-9",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						268,
						140,
						85.5,
						22
					],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "obj-10",
					"maxclass": "live.toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						200,
						15,
						15
					],
					"presentation": 1,
					"presentation_rect": [
						4,
						46,
						15,
						15
					],
					"parameter_enable": 1,
					"varname": "Thru",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_longname": "Thru",
							"parameter_shortname": "Thru",
							"parameter_type": 2,
							"parameter_invisible": 1,
							"parameter_modmode": 0,
							"parameter_enum": [
								"off",
								"on"
							],
							"parameter_mmax": 1,
							"parameter_annotation_name": "MIDI thru",
							"parameter_initial_enable": 1,
							"parameter_initial": [
								1
							]
						}
					},
					"annotation": "On, the EC4's MIDI also continues down this track; off, only Protocol0 receives it.",
					"annotation_name": "MIDI thru"
				}
			},
			{
				"box": {
					"id": "obj-11",
					"maxclass": "comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						47,
						200,
						94,
						15
					],
					"presentation": 1,
					"presentation_rect": [
						22,
						46,
						94,
						15
					],
					"text": "MIDI thru",
					"fontsize": 9,
					"fontname": "Ableton Sans Medium"
				}
			},
			{
				"box": {
					"id": "obj-12",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						153,
						200,
						40,
						22
					],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "obj-13",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						205,
						200,
						59.5,
						22
					],
					"text": "midiout"
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"source": [
						"obj-1",
						0
					],
					"destination": [
						"obj-2",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-2",
						0
					],
					"destination": [
						"obj-3",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-4",
						0
					],
					"destination": [
						"obj-3",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-3",
						0
					],
					"destination": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						0
					],
					"destination": [
						"obj-3",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-3",
						1
					],
					"destination": [
						"obj-9",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-9",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-10",
						0
					],
					"destination": [
						"obj-12",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-4",
						0
					],
					"destination": [
						"obj-12",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						0
					],
					"destination": [
						"obj-13",
						0
					]
				}
			}
		],
		"parameters": {
			"obj-10": [
				"Thru",
				"Thru",
				0
			],
			"inherited_shortname": 1
		},
		"dependency_cache": [
			{
				"name": "p0-input.js",
				"type": "TEXT",
				"implicit": 1
			}
		],
		"project": {
			"version": 1,
			"amxdtype": 1835887981,
			"readonly": 0,
			"devpathtype": 0,
			"devpath": "."
		},
		"autosave": 0
	}
}
