"""probe111 corpus notes, X08-X14 (vascular surgery and interventional radiology; all invented)."""

X08 = {"patient_id": "X08", "age": 62, "sex": "F", "notes": [
("2018-12-28", "Vascular Surgery Inpatient Consult", """
Vascular consult, inpt (med-surg 6W)
Q: "L heel black wound, ?PAD, ?needs angio"

62yo woman; ESRD, dialyzes MWF (R arm AVF), hx L MCA stroke 2017 w/ mild R-sided weakness, paroxysmal AF for which she is warfarinized. No diabetes hx.
Son at bedside gives most of hx: since mid-October she has slept every night in the living-room recliner, "with her left foot jammed up on the footrest, it's wood under a thin cushion, she won't move it". On Christmas Eve he saw a dark purple spot on the back of that heel; within days it was black and she cried when the sock went on.
Exam: BMI 29.6. L posterior heel 3x3cm black eschar, purple mottling rimming it and creeping onto the plantar surface. Painful++. R heel: blanchable redness only. Fem 2+ bilat, pop 1+, L DP/PT monophasic on doppler.
A: painful L heel necrosis at a chronic pressure point; arterial contribution vs calciphylaxis (HD, warfarin) vs plain pressure injury.
P: LLE angiogram (CO2 + minimal iodinated) next wk. Heel offloading boot. Photo documented.
"""),
("2019-01-04", "Angiography Report", """
LLE ANGIOGRAM -- IR suite 3
Access: R CFA, retrograde, 5 Fr; crossed over to L EIA.
Contrast: CO2 for aortoiliac + fem, 22 mL iodixanol for tibial/pedal views.
Findings: no hemodynamically significant inflow or fem-pop disease. AT and PT patent to the ankle, heavily calcified (pipestem), peroneal patent. Plantar arch present. No target for endovascular or open intervention.
Closure: manual compression 15 min, R groin soft.
Impression: adequate inline flow to L foot; heel wound is not explained by large-vessel occlusive disease -- suggest small-vessel process, recommend tissue bx.
"""),
("2019-01-22", "Vascular Clinic Follow-up", """
Clinic f/u L heel
Heel edge bx (1/9, podiatry): medial calcification of small cutaneous arterioles, intravascular thrombi, surrounding necrosis. Calciphylaxis.
Putting it together: ~10 weeks of unrelieved pressure on the L heel from the recliner footrest beginning mid-Oct 2018, then the lesion from 12/24/2018 exactly at that pressure point.
Warfarin stopped by renal, on apixaban now. STS started at HD.
Exam: eschar 3 x 2.8, dry, stable. Pain better w/ gabapentin.
Wt up since admission, BMI 30.2 today.
Plan: heel off-loading boot 24/7, recliner footrest padded or avoid. Keep eschar dry (betadine paint). RTC 3 wks.
"""),
]}

X09 = {"patient_id": "X09", "age": 60, "sex": "M", "notes": [
("2020-09-08", "Vascular Surgery Consult", """
VS consult -- outpatient
60M, ESRD HD TTS, insulin-dependent DM2 (NPH bid), obesity w/ BMI 35.0, former smoker.
Chief concern: "black sore on my left thigh, hurts like heck".
Started over Labor Day weekend as a red tender lump on the L thigh, front, darkened over a few days.
Insulin: he is very particular -- every shot goes into the R thigh, "the left one's where I rest my tablet, I never stick that side". Confirmed by wife. No heating pad, no injury.
Exam: L anterior mid-thigh 4 x 3 cm violaceous plaque, central dark necrosis 1 cm, netlike purpura around. R thigh has some lipohypertrophy from injecting but no lesion, no discoloration.
Pulses intact.
A: suspected calciphylaxis, L thigh. 
P: bedside bx next wk; nephro aware.
"""),
("2020-09-15", "Bedside Procedure Note", """
Bx of L thigh plaque -- two 4-mm punches through the violaceous rim, one through the edge of the necrotic center. Lidocaine 1%. Hemostasis good. 4-0 nylon.
Tolerated well, no complications. Path to derm-path.
"""),
("2020-09-29", "Vascular Surgery Follow-up", """
Path = calciphylaxis (calcified subcut small-vessel walls, thrombosed lumens, necrotic fat).
Lesion: L ant thigh, stable, no new lesions. R thigh (his only insulin site) unremarkable.
BMI 35.0.
Plan: nephro -> STS + cinacalcet; avoid any injections into the L thigh going forward; wound RN weekly.
"""),
]}

X10 = {"patient_id": "X10", "age": 77, "sex": "F", "notes": [
("2020-05-18", "Vascular Surgery Consult", """
VASC SURG CONSULT
77F on HD (MWF, L arm graft), A-fib (warfarin), nondiabetic, thin, BMI 22.0.
R lateral calf ulcer since May 10, began as a purple tender patch then broke open. She denies any knock, scratch, burn, bandage or shot into that leg before it started -- "nothing happened, it just came up on its own".
Exam: R lateral calf 2.5x2cm shallow ulcer, black base edges and retiform purpura surrounding. L leg nl. Pop and DP palp bilat.
ABI noncompressible, TBI R 0.61.
A: painful ulcer, adequate perfusion; ?calciphylaxis vs warfarin necrosis.
P: derm punch bx; arterial duplex; gentle wound care.
"""),
("2020-05-27", "Telephone Encounter", """
Pt's neighbour Mrs Fairbairn called: pt "took a tumble" getting out of the tub on Monday 5/25 and scraped the right calf on the tub edge, right over her existing sore. Bled a bit, stopped with pressure. No head strike, no LOC.
Advised to come in for wound check Thurs. ED precautions reviewed. -- L. Montfort RN
"""),
("2020-06-09", "Vascular Clinic Follow-up", """
F/u R calf
Derm bx (5/21): calciphylaxis (arteriolar calcification, thrombosis).
Note the scrape on 5/25 was onto an ulcer that had begun 5/10; no trauma predates the lesion.
Exam: ulcer 3 x 2.5 with abraded margin healing. INR 2.2.
Plan: warfarin -> apixaban discussed w/ cardiology, HD unit starting STS. Bathroom grab bar + tub bench referral (OT).
"""),
]}

X11 = {"patient_id": "X11", "age": 52, "sex": "F", "notes": [
("2022-02-07", "Vascular Surgery Consult", """
Vascular surgery clinic consult
52F, ESRD on PD x 2 yr (catheter exit site R lower abd), diet-controlled T2DM (A1c 6.4, no meds, no insulin), obesity BMI 38.6. No anticoag.
Painful dusky area on the L flank since mid-January, she first felt a "tight hot lump" there, now has a dark crust.
Specifically no injections there (she is on zero injectables), no heat pads, no belt or waistband riding at that level, no falls, no surgery to that side. PD catheter is on the right.
Exam: L flank, above the iliac crest: 8x6cm indurated plaque, stellate purpura, 2 cm central black eschar. Tender++. Abd otherwise soft, PD exit clean.
A: probable calciphylaxis of the L flank.
P: punch bx 2/10.
"""),
("2022-02-10", "Procedure Note Punch Biopsy", """
Punch biopsy, L flank plaque
Timeout. 1% lido. 2 x 6-mm punches at the lateral border. Closed 3-0 nylon. Sent H&E + von Kossa.
No complications. Dressing: foam + paper tape.
"""),
("2022-02-24", "Vascular Surgery Wound Check", """
Wound check / bx result
Path back: calciphylaxis -- vessel wall calcium, thrombosed lumens, fat necrosis.
Today: eschar loosening at edges, malodorous. Bedside sharp debridement: loose eschar removed w/ curette and forceps, down to yellow slough, minimal bleeding. Dressing: hydrofiber + foam, held with silicone tape.
Pt admits icing the flank wound for pain "for the last week or so" - advised to stop; cold not recommended.
P: PD team for STS in dialysate; pain mgmt referral; rtc 3 wks.
"""),
("2022-03-15", "Vascular Surgery Follow-up", """
F/u L flank calciphylaxis
Tape-related skin stripping along the margin, 1 cm rim -- switched to tubular binder, no adhesive.
Wound 7 x 5.5, base 50% granulation, no cellulitis. BMI 38.6.
No new lesions. Continue current plan.
"""),
]}

X12 = {"patient_id": "X12", "age": 67, "sex": "M", "notes": [
("2025-01-13", "Vascular Surgery New Patient", """
NEW PT -- vascular surgery
67yo M; ESRD, HD MWF; T2DM on oral meds only ("my sugar's just pills, no needles"), warfarin (LV thrombus). BMI 30.4 (obese).
c/o painful purple netlike patches on both posterior calves, roughly a month, now with black spots on each.
Pertinent negatives: never had compression wraps or stockings, no heating pads, nothing injected in the legs, no falls, no bug bites. Has not had any leg procedures.
Exam: bilateral posterior calves, 4-6 cm patches of retiform purpura w/ 1-2 cm central necrosis each side. Fem 2+, pop 1+, PT/DP doppler multiphasic bilat.
A: concern for calciphylaxis bilat lower legs vs PAD-related ischemia (less likely w/ these signals).
P: plan BLE angiogram via R CFA next week if duplex equivocal; punch bx; nephro.
"""),
("2025-01-21", "IR Pre-procedure Note", """
IR pre-procedure eval -- BLE angiogram
Duplex BLE (1/17) shows patent fem-pop segments and triphasic tibials; angiogram no longer indicated. Procedure CANCELLED, discussed with Dr Whitcombe (vasc). Pt agrees.
No access obtained. No sheath placed.
"""),
("2025-02-04", "Vascular Surgery Follow-up", """
Vasc f/u
Derm punch bx (1/16) both calves: calciphylaxis.
Counseling: if he ever needs SQ heparin or any injectables, not into the legs; no compression to the calves while lesions active; no heat.
Exam: lesions unchanged. BMI 30.4.
Plan: nephro STS; cardiology to consider switching from warfarin.
"""),
]}

X13 = {"patient_id": "X13", "age": 70, "sex": "F", "notes": [
("2024-10-07", "IR Procedure Note", """
IR: RLE angiogram + R pop PTA
Access: R CFA antegrade, US-guided, 5 Fr. Popliteal 90% lesion -> 4 mm balloon, good result.
Closure: manual pressure 20 min (pt on DAPT); moderate ooze, superficial hematoma forming, compressed.
Pt: 70F, ESRD/HD, insulin-requiring DM2 (she injects in the abdomen), BMI 26.0. Known calciphylaxis of the buttocks followed by derm (bx-proven Aug 2024), currently stable.
"""),
("2024-10-21", "IR Clinic Wound Check", """
IR groin check 2 wk post PTA
R groin: resolving ecchymosis, and a 1.5x1cm patch of superficial skin breakdown over the old hematoma, pink base, no eschar, no retiform pattern. This is hematoma-related skin necrosis from the tense collection -- NOT calciphylaxis; looks nothing like her gluteal lesions.
US: hematoma 2 cm resolving, no pseudoaneurysm.
Gluteal calciphylaxis: L and R buttock eschars unchanged per pt (derm following).
P: moist wound care to groin, recheck 2 wk.
"""),
("2024-11-04", "Vascular Surgery Follow-up", """
f/u post R pop PTA
R groin wound healed, scar only.
Calciphylaxis of both buttocks (onset summer 2024, no prior trauma, injury or injections to buttocks) -- derm managing; STS w/ HD.
R foot warm, PT palp.
BMI 26.0. On insulin.
"""),
]}

X14 = {"patient_id": "X14", "age": 63, "sex": "M", "notes": [
("2019-07-09", "Vascular Surgery Consult", """
Consult: "bilat leg sores, r/o arterial"
63 y/o M, ESRD doing home CCPD; T2DM treated w/ insulin (injects into belly, rotates around the navel), warfarin for mech AVR. BMI 29.5, not obese.
Both calves have painful purple patches for ~3 wks, the R one now black centered.
No heat to legs, no compression, no trauma, no injections into the legs.
Exam: R medial calf 5 x 3 necrotic plaque, L post calf 3x2 retiform purpura. Abdomen: mild lipohypertrophy at injection sites, skin intact, no plaques. Pulses: DP/PT doppler signals bilat.
A: probable calciphylaxis, bilat lower legs. Plan angio to r/o occlusive disease; punch bx.
"""),
("2019-07-23", "Angiography Report", """
BLE runoff angiogram
Access: R CFA retrograde, 5 Fr. CO2 DSA + 15 mL contrast.
Findings: patent aortoiliac, fem-pop. 3-vessel runoff bilat, diffuse medial calcification of tibials.
Closure: Angio-Seal 6 Fr. No complications.
Impression: no occlusive disease to account for the calf lesions.
"""),
("2019-08-06", "Vascular Surgery Follow-up", """
f/u bilat calf lesions
Bx (derm, 7/16): calciphylaxis.
Risk counseling given: nothing hot (pads, hot-water bottles) to either leg, no compression wraps on the calves, keep rotating insulin but only in the abdomen, avoid bumps.
Exam: R medial calf eschar 5 x 3, L calf purpura now with small ulcer. R groin access site clean. BMI 29.5.
P: PD team STS; warfarin must continue (mech valve).
"""),
]}

PATIENTS = [X08, X09, X10, X11, X12, X13, X14]
