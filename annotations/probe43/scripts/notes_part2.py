"""probe43 corpus notes, R08-R14 (physiotherapy, occupational therapy, podiatry; all invented)."""

R08 = {"patient_id": "R08", "age": 54, "sex": "M", "notes": [
("2018-10-02", "Orthotics / Hand Therapy", """
Hand therapy - splint fabrication
54 yo RHD man, R wrist drop after radial nerve palsy (humeral # managed conservatively). Renal hx: ESRD, in-centre M-W-F, L brachiocephalic AVF. Not diabetic. BMI 24.1.
Made: thermoplastic dynamic wrist extension splint R, volar forearm trough, 2 velcro straps (proximal strap mid-forearm). Wear all day, off at night.
Skin check pre-fit: intact both forearms.
Pt + wife shown donning/doffing, checking skin for red marks after each wear.
"""),
("2018-11-27", "Hand Therapy Review", """
HT r/v. Wife reports a very sore area came up in November on the inside of the R forearm under the proximal strap; "we thought it was just rubbing". Pt has been keeping the strap tight because the splint slipped.
Obs: R volar forearm, proximal third, matching the strap line: 3 x 5 cm firm plum-coloured plaque, black centre 1 cm, mottled margin. Very painful when touched. Strap edge indents around it.
Splint removed - not to be worn until medically reviewed. Photo to renal team via secure email; pt going to dialysis tomorrow, nurses aware.
"""),
("2019-01-15", "Hand Therapy Review", """
Hand therapy. Nephrology letter 12/2018: punch biopsy of R forearm - calciphylaxis, in the area compressed by the splint strap. Pt commenced on STS 3x wkly on HD + cinacalcet.
New splint design: dorsal-based, wide padded strap sitting distal to the healing wound. Forearm wound smaller, dry eschar. Radial nerve recovering - ECRL 3/5.
"""),
]}

R09 = {"patient_id": "R09", "age": 57, "sex": "F", "notes": [
("2023-08-15", "Podiatry - Diabetic Foot Review", """
Annual diabetic foot screening + pt raised concern re leg.
T2DM ~20 yrs, on insulin, which always goes into the right thigh (says being R handed makes that the easy side). ESRD on HD x 3 yrs. Obese, wt 104 kg, BMI 37.0. No warfarin hx.
Feet: monofilament 8/10 R, 7/10 L, pulses palpable, no ulceration, thickened nails trimmed.
Other: pt pulled up trouser leg - L inner thigh has a tender dusky purplish area with a mottled rim, hard on palpation, ~4 cm, started roughly one month ago. No injections there, no knocks she can remember. R thigh: lipohypertrophy at injection sites only, no discolouration.
Advised GP r/v this week re the L thigh; reminded to rotate injection sites within the R thigh and abdomen.
"""),
("2023-09-12", "Podiatry Review", """
Podiatry f/u. Pt says L thigh area was biopsied by derm on 29/08 - told it is calciphylaxis. Wound on L medial thigh dressed by DN.
Risk discussion: avoid hot water bottles / heat pads on legs, avoid tight garters, check feet daily as small injuries may be slow to heal.
Feet intact. Toe nails reduced. Next r/v 3/12.
"""),
("2023-12-05", "Podiatry Review", """
Podiatry r/v. L thigh calciphylaxis wound healing (per pt, DN visiting 2x/wk). Still using R thigh + abdomen for insulin. Feet: intact, small callus R 2nd met head reduced. HD ongoing. Next 3/12.
"""),
]}

R10 = {"patient_id": "R10", "age": 69, "sex": "M", "notes": [
("2020-03-05", "PT Inpatient - Renal Ward", """
PT - renal ward, bed 14
Referral: mobility ax. Admitted 3/3 w/ very painful ulcer L shin that began on 2 March. Team queried calciphylaxis - skin bx planned.
PMH: mechanical aortic valve (warfarin), gout, end-stage renal failure - HD. No DM. BMI 25.5.
Pt denies any bump, fall or injury to L leg before the ulcer came up; no heat or creams.
Obs: L anterior shin 3 cm purple-black area, tender, dressed.
Mobility: bed > chair SBA, mobilised 20 m with ZF, antalgic. Plan: daily PT, ?home with POC.
"""),
("2020-03-20", "PT Inpatient - Renal Ward", """
PT. Biopsy result back (16/3) - calciphylaxis confirmed. Nursing report: pt fell this am getting out of bed unassisted, L shin struck on bed frame - new graze just below the existing wound, no head injury.
Mobility: 30 m ZF, SBA. Fall reviewed - bed rails down, sensor mat in place. Bed height lowered.
"""),
("2020-04-02", "PT Outpatient", """
Outpt physio (post-d/c).
L shin calciphylaxis ulcer dressed, graze from 20/03 healed. Walking w/ 4WW indoors, stick outdoors. Balance: FTSTS 17 s.
HEP: sit to stand, heel raises. Warfarin continues (valve). Dialysis MWF.
"""),
]}

R11 = {"patient_id": "R11", "age": 63, "sex": "F", "notes": [
("2022-02-10", "Physiotherapy Assessment", """
Physio - low back pain
63F, chronic LBP, lumbar spondylosis. On peritoneal dialysis (APD nightly) for ESKD; type 2 diabetes on insulin (pen into the abdomen, rotates). BMI 29.9 - "not quite obese" as she put it.
Electric heat pad laid over her lower lumbar spine most evenings for 2-3 yrs, settings high. Skin over L3-L5: faint reticulated brown mottling (pt says "it's been like that for ages").
Tx: McKenzie ext, walking programme. Advised lower setting and a cloth layer.
"""),
("2022-03-29", "Physiotherapy Review", """
Physio r/v.
Since early March: hard, extremely sore areas on both buttocks (inner upper quadrants), sitting on them is agony. Heating pad never placed there - it sits on the small of the back only, above the belt line.
Obs: bilateral buttock plaques, violaceous with central black scab on L, mottled R. Lumbar skin unchanged (brown mottling only, intact).
Not MSK. Urgent GP/renal contact made by phone.
"""),
("2022-05-03", "Physiotherapy Review", """
Physio. Renal letter reviewed: calciphylaxis of the buttocks, confirmed on a punch bx from the L side. Pt on STS via PD protocol. Sitting tolerance 20 min on pressure cushion.
Back pain improved. HEP continued, heat pad discontinued on renal advice.
"""),
]}

R12 = {"patient_id": "R12", "age": 76, "sex": "F", "notes": [
("2021-06-22", "Podiatry Visit", """
Podiatry - domiciliary
Asked to see by DN: painful wound R medial ankle. Onset per daughter end of May, started as a purple lump that then went black. Renal team diagnosed calciphylaxis 10/06 (biopsy). ESRD on HD.
PMH: HTN, AF (warfarin - now stopped by renal), no DM, BMI 31.8.
O/E: R medial malleolus 3.5 x 3 cm adherent black eschar, periwound purple and tender. Pedal pulses palpable.
Tx: NO sharp debridement per renal instruction. Dry dressing, secured with paper tape; advised heel offloading.
"""),
("2021-07-20", "Podiatry Visit", """
Podiatry. Wound R medial ankle unchanged size, eschar lifting at edge. Daughter has been putting a cold flannel / ice in a cloth on the ankle for pain since the biopsy, helps a little - advised to stop, may impede healing. Tape stripping at the edge noted - switched to tubular bandage. Planned: conservative sharp debridement of loose eschar next visit if TVN agrees.
"""),
("2021-08-17", "Podiatry Visit", """
Podiatry. Loose eschar debrided with scalpel (TVN agreed) - minimal bleeding, pt tolerated. R ankle wound bed 70% slough. Dressing + tubular bandage. L foot and ankle intact. BMI 31.0 today. Review 4/52.
"""),
]}

R13 = {"patient_id": "R13", "age": 48, "sex": "M", "notes": [
("2024-09-09", "OT Seating Assessment", """
OT - seating/pressure care
48M, morbid obesity (BMI 46.5), ESRD on home haemodialysis 5x/wk, T2DM, insulin given into abdo only.
Referred for ADLs + equipment because of calciphylaxis affecting both anterior thighs (derm dx August 2024, biopsy taken from the L anterior thigh). Denies heat packs, hot baths, injections, bumps, scratching or any tight clothing over the thighs - lesions "just appeared one morning".
Obs: anterior thighs both sides - stellate black eschars with purple netting, largest L 8 cm. Cannot rest plate or laptop on lap because of pain.
Plan: order over-bed table; considered a lap tray but it would sit right on the wounds so not proceeding. Bariatric riser recliner requested - not yet delivered.
"""),
("2024-10-14", "OT Follow-up", """
OT f/u. Over-bed table delivered 2/10; recliner due next week. Pt reports less pain sitting. Thigh wounds dressed by HD nurses at home visits.
Education: nothing resting on the thighs, loose nightwear, keep to the table for meals. Pt weighed 150.1 kg, BMI 46.0.
"""),
("2024-12-02", "OT Follow-up", """
OT telephone f/u with pt + wife. Recliner in use since late Oct, pt sleeps in it some nights. Anterior thigh eschars "smaller and not as angry" per HD nurse; no new spots anywhere. Managing strip wash with long-handled sponge. Insulin still into the abdominal wall. Closing OT episode, re-refer if needs change.
"""),
]}

R14 = {"patient_id": "R14", "age": 82, "sex": "F", "notes": [
("2025-01-14", "PT Inpatient Assessment", """
PT - Ward 7 (renal)
82F, ESKD on HD, warfarin (AF), no DM. Admitted with calciphylaxis of the lower abdomen / pannus (bx 08/01/25). Also has a sacral pressure injury cat 2 from the wheelchair at home and a skin tear on L shin from catching it on the footplate before admission.
TVN review: sacral wound and L shin tear are pressure/traumatic wounds - NOT calciphylaxis.
No injections, heat or belts to abdomen per pt.
Mobility: hoist for transfers, sitting balance fair. BMI 31.2.
"""),
("2025-02-04", "PT Inpatient", """
PT. Pannus lesions dressed, painful on rolling. Sacral PI improving with air mattress; L shin tear healed.
Treatment: bed exs, sitting out in tilt-in-space chair 1 hr with footplates padded.
Wt down 6 kg this admission, BMI now 29.6.
"""),
("2025-02-25", "PT Discharge", """
PT d/c summary: to nursing home with hoist + tilt chair. Pannus calciphylaxis wounds ongoing, managed by TVN. Sacrum healing. BMI 29.6.
"""),
]}

PATIENTS = [R08, R09, R10, R11, R12, R13, R14]
