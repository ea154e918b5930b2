"""probe74 corpus notes, B01-B07 (orthopaedics and falls clinic; all invented)."""

B01 = {"patient_id": "B01", "age": 74, "sex": "F", "notes": [
("2019-07-02", "Orthopaedic Operation Note", """
OPERATION NOTE - Trauma list, Theatre 4, Whitcombe General
Pt: Ivy Penhallow, 74F. Mechanism: tripped on the back doorstep yesterday evening, inversion injury R ankle.
Dx: R bimalleolar ankle # (Weber B + medial malleolus).
Procedure: ORIF R ankle on 02/07/2019. Lateral approach, 1/3 tubular plate fibula; medial malleolus fixed w/ 2 x 4.0 partially threaded cancellous screws. Tourniquet 64 min.
Closure: 2/0 vicryl, 3/0 monocryl subcut, steristrips. Backslab.
Post-op instructions:
- NWB R leg 6/52, elevate
- VTE: unfractionated heparin 5000 units s/c twice daily x 6 weeks (enox avoided - HD-dependent ESRD). Pt specifically asked that the jabs go in on the left of her lower tummy as she lies on her right. First dose given on the ward this evening into the left lower quadrant.
- Usual HD Tue/Thu/Sat, renal team aware
- Insulin per diabetes team (T2DM, basal bolus)
"""),
("2019-07-23", "Fracture Clinic", """
Fracture clinic - Mr Adeyemi's list
3/52 post ORIF R ankle. Home with daughter, district nurses visiting.
Wound: healed, no ooze, clips/sutures out. Swelling modest. NV intact distally.
XR: metalwork satisfactory, no loss of position.
Backslab swapped for lightweight fibreglass cast today. Remains NWB, managing w/ zimmer frame and perching stool.
DNs still giving the heparin s/c BD at home - always the left lower quadrant of abdomen as she insists. Pt reports no concerns today.
PMH: ESRD on HD (fistula L arm), T2DM on glargine 18u nocte + aspart w/ meals, HTN. Not anticoagulated otherwise.
Wt 88 kg, BMI 33.6.
Plan: r/v 3/52 with XR out of cast.
"""),
("2019-08-14", "Fracture Clinic", """
Fracture clinic 6/52 review
R ankle: cast off. XR shows progressing union, hardware intact. Transition to walking boot, FWB as comfort allows, physio referral sent.
**New problem**: pt tearful, says her "stomach skin" is agony. It began 3 weeks ago - dusky, mottled - and is now a 4 cm black leathery centre w/ a violaceous net-like border and a couple of hard nodules at the edge. Site = left lower abdomen, precisely the patch the DNs have been using for the heparin.
Afebrile, no discharge.
Given her ESRD/HD + insulin-treated DM, I'm concerned this could be calciphylaxis. Heparin course finishes today anyway - stopped.
Urgent referral dermatology + renal phoned through, seen next week.
"""),
("2019-08-22", "Dermatology Letter", """
Dear Mr Adeyemi
Thank you for referring Mrs Penhallow. On 16 August I sampled (incisional) the edge of the plaque on her lower left abdomen. The pathologist describes ring-like calcium within the media of subcutaneous arterioles, intimal proliferation, occlusive fibrin thrombus and fat lobule necrosis; the calcium stains black with von Kossa.
So this is calcific uraemic arteriolopathy (calciphylaxis); it has arisen where her subcutaneous heparin went.
I have discussed sodium thiosulfate on dialysis with Dr Mbeki, and asked the DNs to dress the wound with an non-adherent foam. Pain team involved.
Kind regards,
Dr Helen Quarrie, Consultant Dermatologist
"""),
]}

B02 = {"patient_id": "B02", "age": 71, "sex": "M", "notes": [
("2021-02-10", "Falls Clinic - Comprehensive Geriatric Assessment", """
FALLS CLINIC CGA
71 yo gentleman, referred by GP after 2 falls since Dec. Both times R knee "gave way" on stairs, no head injury, no LOC, got himself up. No injuries sustained.
PMH: ESRD, overnight CCPD, AF on warfarin (INR stable 2-3), OA knees R>L.
Not diabetic (HbA1c 38).
Meds reviewed - 11 items, doxazosin stopped (postural drop 22 mmHg systolic).
TUG 17 s, used stick. Grip weak.
Wt 81 kg, Ht 1.73 m -> BMI 27.2.
Plan:
1. Community physio for quads strengthening + balance (Otago).
2. OT home assessment, stair rail.
3. May use a cold pack on the R knee for 10-15 min after exercise if sore.
4. Review 3 months.
"""),
("2021-03-16", "Physiotherapy Home Visit", """
Physio HV #3
S: pt reports compliant w/ home ex programme. Wife has been putting a frozen gel pack on his right knee twice a day, every day, since mid-February - "it numbs it lovely".
New: very painful purplish patch on front of R knee, first spotted on the 9th of March, now has a black crusty centre ~2cm and lacy mottling around it. Pain 9/10 even sitting still, nights worst, can't tolerate trousers on it.
O: R anterior knee, just inferomedial to patella: firm violaceous plaque with central eschar, surrounding livedo. No warmth/pus. Knee ROM 5-95, painful.
A: skin lesion not MSK. Not for ex today.
P: ice pack stopped. Phoned GP + PD nurse same day. Photo uploaded with consent.
"""),
("2021-03-30", "Renal Clinic Letter", """
Dear Dr Tregunna,
Re: Mr Alfred Penrose, 71, CCPD
I reviewed Mr Penrose with the dermatology registrar today. The punch biopsy from his right knee plaque (taken 22/03/2021) shows subcutaneous arterioles calcified in a medial pattern, thrombus, and fat necrosis next to them - consistent with calciphylaxis. The lesion sits on exactly the area where his wife has applied a frozen gel pack since the middle of February, and we think the repeated cold injury is the most likely trigger.
Today we changed his warfarin to apixaban. Calcium-based binder stopped, cinacalcet started, and we will arrange IV sodium thiosulfate. No cold or heat to be applied to the skin anywhere.
Yours sincerely
Dr S. Vellacott, Consultant Nephrologist
"""),
]}

B03 = {"patient_id": "B03", "age": 66, "sex": "F", "notes": [
("2022-11-25", "Orthotics Fitting Note", """
ORTHOTICS DEPT - TLSO fitting
Pt: 66F, L1 osteoporotic wedge compression # after a fall from standing at the supermarket 11/18/2022 (landed on her back, neuro intact). Spinal team: conservative mx.
Custom TLSO fitted today 11/25/2022. Anterior shell, lateral uprights. Checked in sitting and standing; inferior rim rests over R flank a finger-breadth superior to the iliac crest, some tightness there but pt says comfortable enough. Instructed to wear when upright, may remove in bed.
PMH per referral: ESRD - hemodialysis MWF via R IJ tunnelled line, T2 diabetes (diet only, HbA1c 51), obesity. Height 1.60m / weight 76.8kg => BMI 30.0.
Skin check prior to fitting: intact all round.
"""),
("2023-01-19", "Spinal Fracture Clinic", """
Spine f/u, 8 wks post L1 #
XR standing: no further collapse, ~20% anterior height loss stable.
Back pain much improved, 3/10. Wearing brace faithfully, all day, even sitting at HD.
C/o: v painful sore on right side of her waist where the brace's lower rim digs in. Says it began early January as a tender hard lump, now has gone dark. O/E R flank: indurated purple plaque 3x5cm, black eschar centrally, surrounded by reticulate mottling, exactly under the inferior margin of the TLSO. Exquisitely tender.
Imp: ? pressure injury from brace vs calciphylaxis (HD pt). Brace off, wean, stop using.
Refer derm urgently. Dialysis unit informed.
"""),
("2023-02-02", "Dermatology Clinic", """
Derm clinic
Biopsy result (deep incisional, R flank, 24/01): small vessel calcification, thrombi, septal panniculitis with calcium deposits. This is calciphylaxis - not a simple pressure sore. The brace had been pressing on precisely this spot since late November, we think that pressure was the trigger.
Discussed w/ nephrology: sodium thiosulfate 25g after each HD, calcium carbonate stopped, optimise PTH.
Wound: slough 30%, no infection. Tissue viability for dressings.
BMI today 30.0 (unchanged).
"""),
]}

B04 = {"patient_id": "B04", "age": 79, "sex": "M", "notes": [
("2020-10-05", "Orthopaedic Ward Round", """
Ortho WR - day 3 post op (Mr Ferraby's firm)
79M, elective L total hip replacement (uncemented, lateral approach) on 02/10/20 for end-stage OA. Had been having falls at home because the hip kept giving way - 4 in the last year, no injuries, seen in falls clinic who supported surgery.
Background: CKD stage 5 / ESKD - chose conservative kidney management in 2019, NOT for dialysis (his firm wish, documented). T2DM on insulin (Levemir 14u mane). AF - warfarin stopped 2018 after GI bleed, not anticoagulated since. BMI 28.4.
Today: mobilised w/ frame + 1, AMTS 8/10, mild post-op delirium resolving. Wound: dressing dry, clean.
Plan: PT/OT, hip precautions, bone profile. Sliding scale off, back to usual insulin.
"""),
("2020-11-12", "Orthopaedic Wound Check", """
Wound check - 6 weeks post L THR
L lateral hip incision 14 cm, fully healed, clips removed previously at day 14. No erythema, no collection.
Walking with rollator indoors, 1 stick outside. Hip ROM comfortable.
Pt happy. Discharged to GP w/ physio.
"""),
("2020-12-15", "Orthopaedic Clinic", """
Ortho clinic (urgent slot, GP request)
Pt and daughter report pain along his hip scar for about four weeks, then skin went dark.
O/E: along the distal third of the L lateral hip incision, 6 x 2 cm black hard eschar, edges violaceous, surrounding net-like purple discolouration. No sinus, no discharge, hip ROM pain free, CRP 14.
XR L hip: prosthesis well seated, no lucency.
Imp: doesn't look like a deep infection. In a pt w/ ESKD + insulin-dependent DM this is worrying for calciphylaxis occurring in the surgical scar.
Plan: derm/renal. Not for washout at present.
"""),
("2021-01-05", "Dermatology Letter", """
Dear Dr Okonjo
Mr Halloran was seen in clinic today. The 6 mm punch biopsy I took on 21st December at the left hip lesion's edge confirms calciphylaxis: subcutaneous arterioles show calcium deposition and thrombosis, with necrotic fat around them. It has arisen within his hip replacement scar, a recognised pattern.
Given his decision for conservative kidney care, we have agreed a palliative approach with the renal supportive care team: analgesia, gentle dressings, no debridement.
Best wishes
Dr A. Fairbairn, Dermatology
"""),
]}

B05 = {"patient_id": "B05", "age": 83, "sex": "F", "notes": [
("2024-04-24", "Falls Clinic", """
FALLS & SYNCOPE CLINIC
83F. Haemodialysis 3x/wk at Pendle satellite unit. Metallic mitral valve - warfarin, target INR 3.0. No diabetes. BMI 22.1.
Falls hx: fell in her back garden on Easter Sunday, caught her foot on the hose, went down forwards and grazed her right shin, front, against the sleeper edging of a raised bed. Graze cleaned by neighbour, dressed by practice nurse. No other falls this year.
Exam: lying/standing BP 148/70 -> 131/66, no sx. Gait slightly wide-based. Vision - cataract L.
Skin: where the graze was on the R anterior shin there is now a 3cm tender, indurated, dusky purple plaque with a black crust, started going like this in mid April per pt. Unusually painful for a graze.
Imp: 1) mechanical fall, hose trip 2) R shin lesion: ?haematoma on warfarin ?calciphylaxis - needs derm review.
Plan: OT for garden hazards, optician, urgent derm.
"""),
("2024-05-02", "Dermatology Clinic", """
Dermatology
R pretibial lesion in a HD patient on warfarin. Expanding since mid-April, currently a 4x3cm stellate ulcer, necrotic, eschar-covered, livedo racemosa spreading medially.
Punch biopsy 25/04: medial calcification small subcut vessels + thrombosis, von Kossa +. Diagnosis calciphylaxis, right shin, at the site of her Easter garden graze.
Plan: warfarin -> discussed with cardiology, metallic valve so cannot stop; keep INR at lower end. STS with HD. Dressings: alginate, non adherent. Analgesia.
"""),
("2024-06-10", "Physiotherapy", """
Physio outpatient - balance group assessment
Pt attending w/ daughter. R shin dressed (calciphylaxis ulcer, under derm + renal). Pain limits standing tolerance.
BERG 41/56. TUG 19 s with stick.
Goals: safe outdoor walking, get in/out of garden safely.
Plan: seated balance ex initially, progress as wound allows. Hip protectors discussed, declined.
"""),
]}

B06 = {"patient_id": "B06", "age": 69, "sex": "M", "notes": [
("2023-05-11", "Falls Clinic", """
Falls clinic - new pt
69M, 3 falls in 6 months, all at home, one with L wrist # (distal radius, treated in cast elsewhere, healed).
Issues: bilateral leg oedema (pitting to mid shin), postural hypotension mild, peripheral neuropathy.
PMH: ESRD (HD slot Mon-Wed-Fri, Brackley unit); T2DM - mixtard 30 BD insulin, AF - warfarin, obesity.
Weight 112kg (BMI 36.0).
Plan:
- Below-knee class 2 compression stockings, both legs: measured and fitted in clinic today, wear daytime.
- Physio for strength + balance. Footwear advice.
- Review BP meds.
"""),
("2023-08-09", "Physiotherapy Home Visit", """
physio HV - falls pathway
Pt unable to do ex programme today - pain in both calves. On removing stockings: a band of mottled purple skin along the top edge of the stocking on each calf, with dark ulcers R 2 cm and L 3.5 cm, hard skin around. Pt says it came on Wednesday the 2nd of August, both legs at once. Wearing the stockings every day since we got them in May.
No trauma, no falls since last visit.
Advised stop stockings. GP + HD unit nurse informed, photos sent to TVN.
"""),
("2023-08-21", "Vascular Surgery Letter", """
Dear Dr Ramsbottom,
I saw Mr Tolliver in the vascular clinic. ABPI non-compressible bilaterally; duplex shows calcified but patent crural vessels. The calf ulcers sit exactly where his compression stockings ended. Dermatology biopsied the edge of the right calf ulcer last week and the pathology (calcified small arterioles in the subcutis, thrombosed, fat necrosis) confirms calciphylaxis, affecting both calves and in our view triggered by the constant band of pressure from the stockings. No further compression.
Weight 108 kg today, BMI 34.9. Warfarin is being changed to apixaban by the renal team.
Yours sincerely
Mr J. Okwuosa, Vascular Surgeon
"""),
]}

B07 = {"patient_id": "B07", "age": 72, "sex": "F", "notes": [
("2023-04-12", "Fracture Liaison Service", """
FLS clinic - bone health after fragility #
72F, R distal radius # Jan 2023 (fall on outstretched hand), healed. DXA: T-score L-spine -3.1, hip -2.8.
Renal: ESRD on PD (APD nightly), on calcitriol + sevelamer. Bisphosphonates contraindicated. Not diabetic. Never had warfarin.
Adj Ca 2.31, PTH 28, vit D replete.
Plan agreed with renal: denosumab 60 mg s/c 6 monthly. First dose administered today in clinic, left upper arm (posterior), by FLS nurse. Check Ca at 2 wks.
Wt 62 kg, BMI 24.3.
"""),
("2023-06-07", "Orthopaedic Hand & Wrist Clinic", """
Hand/wrist clinic - final review R distal radius #
Wrist: good ROM, grip 18 kg. XR united. Discharged from wrist point of view.
Incidental: pt showed me her L arm - exquisitely painful hard area on back of the upper arm since May, "where they did the bone jab". O/E: violaceous indurated plaque, 4cm, stellate necrosis centrally, livedoid rim. No fluctuance.
PD pt - worry calciphylaxis. Emailed FLS + renal, derm urgent referral done.
"""),
("2023-06-20", "Dermatology Clinic", """
Dermatology clinic
Referral: necrotic plaque L posterior upper arm at site of denosumab injection (12/04/23) in a PD patient.
Biopsy today (telescoping punch) - report back same afternoon from Dr Ashworth: calcified subcut arterioles, thrombosis, panniculitis. Confirms calciphylaxis.
Impression: calciphylaxis at a subcutaneous injection site.
Plan: renal to add sodium thiosulfate to PD regime / IV; review binders; next denosumab to be discussed at MDT (not into this arm). BMI 24.0 today.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
