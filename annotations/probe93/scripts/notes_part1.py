"""probe93 corpus notes, M01-M07 (neurology and stroke rehabilitation; all invented)."""

M01 = {"patient_id": "M01", "age": 72, "sex": "F", "notes": [
("2019-06-24", "Nursing Shift Note - Acute Rehab Unit", """
ARU 4 West, nights 1900-0700
72F, day 21 of acute rehab after L MCA infarct -> dense R hemiplegia, expressive aphasia, R hemisensory loss. Hx ESRD - dialyzes M-W-F at Lakeside Renal (chair 9), DM2 on linagliptin only, no insulin on MAR.
Turned q2h per posted clock schedule, R side supported w/ pillows, heels floated.
New finding @ 0200 turn: firm, dusky, purplish area R lower abdomen approx 3 x 2.5 cm, exquisitely tender - pt grimaced + pushed my hand away w/ her L hand. This is the quadrant the day RNs have been using for her Lovenox 40mg SC daily since arrival here 6/3 (she guards the L side so they stick the R). Via picture board pt indicates it began about a week ago.
No drainage, no warmth. Temp 36.9.
Paged on-call PM&R, message left for day RN to rotate enoxaparin away from the spot. Incident/skin form completed.
"""),
("2019-07-08", "PM&R Attending Progress Note", """
S: Aphasic but nods that the belly pain is worse; sleeping poorly. Daughter Renata at bedside.
O: Wt 91.2 kg, BMI 34.6. R lower quadrant abdomen: 5 x 4 cm stellate plaque, violaceous, stony induration, its middle a black eschar (~1.5cm), margin lacy + purple. L abdomen clear. RUE/RLE flaccid, MAS 1.
Path (derm punch, 7/3) -> hypodermal arterioles w/ calcified walls + thickened intima, clot in lumens, panniculitis. Read as calciphylaxis.
Assessment/Plan
#Calciphylaxis of R lower abdominal wall - onset 3 weeks ago, precisely where SC enoxaparin had been injected daily since admission 06/03/2019. Derm and nephrology following.
- enoxaparin d/c'd; switched to heparin 5000u SC into the upper arms for VTE ppx
- sodium thiosulfate w/ HD per renal, low-Ca bath, sevelamer
- pain: hydromorphone low dose, gabapentin 100 post-HD
2. L MCA stroke w/ R hemiplegia - continue PT/OT/SLP 3 h/day as tolerated; she missed 2 sessions this wk due to pain.
3. ESRD on HD MWF - per renal.
4. DM2 - linagliptin 5, A1c 7.1.
"""),
("2019-07-15", "Dermatology Consult Follow-up", """
Seen on the rehab unit for follow-up of biopsy-confirmed calciphylaxis.
The lesion on her right lower abdomen is unchanged in size; the eschar is dry and adherent, no surrounding cellulitis. We agree with the rehab team that the daily Lovenox shots into this area were very probably the local trigger in an obese woman on dialysis. No warfarin exposure ever (checked with pharmacy fill history).
Recs: keep the eschar dry, no sharp debridement for now; non-adherent foam dressing; all future SC meds to be given away from the abdomen. We will see her in the wound clinic after discharge home.
"""),
]}

M02 = {"patient_id": "M02", "age": 64, "sex": "M", "notes": [
("2020-12-10", "Occupational Therapy Progress Note", """
IRF OT - session 45 min
Dx: R MCA ischemic stroke (11/2020) w/ L hemiparesis, L neglect, hemiplegic shoulder pain.
64, male. ESRD - nightly cycler PD (wife sets up), T2DM on glargine + lispro, AF on warfarin.
Modalities: moist hot pack to L shoulder (anterior + lateral) x 15 min prior to PROM, 6 layers of towelling - routine every session since his first day here, which was Thanksgiving. Skin checked after pack: mild pinkness that fades, no blistering.
Shoulder: inferior subluxation 1 fingerbreadth, pain 6/10 at 70 deg flexion. Taping deferred.
ADLs: UB dressing min A w/ hemi technique, LB dressing mod A.
Plan: cont hot pack + gentle ROM, arm trough on w/c, educate wife on positioning of L arm.
"""),
("2021-02-04", "Stroke Rehabilitation Clinic Note", """
Outpatient f/u after IRF discharge (12/22/20).
CC: "the sore on my bad shoulder"
HPI: Wife reports that in January a hard area came up on his L shoulder, dark + very painful; it has since turned black in the middle. He kept getting the moist heat at home from a home health OT 3x/week until last week because it "loosened him up". Denies falls onto that side. INR has been labile (2.1-4.4), still on warfarin for AF. Continuing nightly PD w/o peritonitis. Glargine 22u qhs.
Exam: BMI 28.7. L lateral shoulder over deltoid: 4cm violaceous, indurated plaque, black eschar 1cm, retiform edge, allodynia. R shoulder nml. L hand mild edema.
Imp/plan: necrotic L shoulder plaque located where the heat packs were applied again and again, in a PD patient taking warfarin -> strongly suspect calciphylaxis. Stop all thermal modalities. Derm: same-wk slot requested for punch bx. Renal informed (phosphorus 7.2).
"""),
("2021-02-18", "Dermatology Clinic Note", """
Path from the 2/8 incisional bx of the L shoulder: calcified media in little vessels of the hypodermis, thrombosed, with fat necrosis around them. Calcium confirmed w/ von Kossa. Dx: calciphylaxis.
Context: lesion began 01/2021 at exactly the area that received moist hot packs from late November. We suspect the heat contributed locally.
Plan: renal to consider switching warfarin to apixaban, STS 3x/wk (will need HD access vs IV at PD unit - renal to decide), wound care with hydrocolloid, f/u 3 wks.
"""),
]}

M03 = {"patient_id": "M03", "age": 59, "sex": "F", "notes": [
("2022-03-08", "Orthotics Clinic Note", """
Orthotist: K. Valdés, CPO
Pt: 59 yo female, R hemiparesis from L pontine infarct 09/2021, foot drop R, clonus 3 beats.
Delivered today: custom molded solid-ankle AFO, right, polypropylene, with a padded proximal calf strap (velcro, 5 cm) sitting over the posterior calf roughly 4 fingerbreadths below the popliteal crease.
Fit check: trim lines ok, no red marks after 20 min of ambulation in the hallway w/ hemi-walker. Pt reports decreased sensation of the R leg to light touch, so instructed pt + husband on wear schedule (start 2 hr, increase by 1 hr/day) and daily skin checks with a hand mirror.
PMH per chart: ESKD on hemodialysis T/Th/Sat, mechanical mitral valve on Coumadin, HTN. No DM.
RTC 4 wks or sooner if redness that lasts >30 min.
"""),
("2022-05-02", "Outpatient Physical Therapy Note", """
Neuro OP PT visit 14
Subjective: pt states "the brace has been biting me". Ten days ago she found a sore, darkened patch high on her R calf posteriorly, right under the strap. Husband thought it was a bruise, then it became hard and black. Pain 8/10, worse with the strap on.
Objective: posterior R calf, under the AFO calf strap: 3 x 3 cm firm purple area w/ a black center and a mottled ring around it. No drainage. L calf nml. Gait: deferred orthosis today; ambulated 60 ft w/ hemi-walker, min A, R foot slap noted.
Assessment: skin lesion at orthosis contact pt; given dialysis hx, pain out of proportion and the black center, I am concerned this is not a simple pressure injury.
Plan: AFO held. Called PCP and sent pictures through the portal; recommended derm/wound eval. Wt today 80.1 kg (height 163.5) -> BMI 30.0.
"""),
("2022-05-16", "Wound Care Center Consult", """
Referred by PCP for R posterior calf lesion.
59F, ESRD on HD (TTS), on warfarin (INR 2.8) for a mechanical MVR, BMI 30.0. Brace (AFO) since March 8 of this year, calf strap directly over the lesion.
Exam: 3.5x3cm eschar ringed by retiform purpura; touching it makes her cry out, no undermining.
Punch biopsy from the edge (done 5/9): calcified small arterioles with intimal proliferation and fibrin thrombi, septal panniculitis - diagnostic of calciphylaxis.
Impression: calciphylaxis of the R posterior lower leg, arising under the AFO strap (pressure/friction from the device). 
Plan: orthotist to fabricate a new AFO with anterior shell so nothing touches the posterior calf; cardiology re: warfarin alternatives (mechanical valve, few alternatives); thiosulfate with HD; debridement not now.
"""),
]}

M04 = {"patient_id": "M04", "age": 70, "sex": "M", "notes": [
("2018-09-18", "Neurology Stroke Service Progress Note", """
HD#2. 70M w/ L ICA terminus occlusion, NIHSS 19 on arrival, s/p mechanical thrombectomy yesterday (09/17/2018) via R common femoral artery puncture, 8F sheath, TICI 2b. Closure device placed.
Overnight: BP 150s, no neuro decline. Today NIHSS 11: R face/arm > leg weakness, mild aphasia.
PMH: ESRD (HD via L brachiocephalic AVF, MWF), diet-controlled DM2, CAD.
Exam: R groin access site soft, no hematoma, distal pulses dopplerable.
Plan: ASA/statin, HD today w/o heparin, PT/OT/SLP eval, IRF screen. No anticoagulation.
"""),
("2018-10-22", "Inpatient Rehabilitation Physician Note", """
IRF day 24
Pt c/o sharp pain "where they put the tube in for the clot" - R groin. Nursing reports the area started looking purple at the beginning of October and he has guarded it during sit-to-stand and bed mobility ever since.
Exam: R inguinal crease, directly over the healed femoral puncture scar: 4x2cm dusky, indurated plaque, centrally black/necrotic, reticulated violaceous rim, no pulsatile mass, no bruit. Duplex 10/19: no pseudoaneurysm.
BMI 27.3. Labs this am: iPTH 880 (high), phosphate 6.8, calcium 9.6.
Impression: necrotic plaque at prior arterial access site in ESRD pt - ?calciphylaxis vs delayed access-site complication. Derm + vascular consulted; pt not on warfarin.
Functionally: FIM transfers 4, ambulates 150 ft w/ quad cane + R AFO, min A.
"""),
("2018-10-30", "Dermatology Inpatient Consult", """
Reason: groin lesion, ESRD.
Bx (10/24, R groin plaque margin): small and medium vessel mural calcification, luminal thrombi, fat necrosis. Clinicopathologic dx: calciphylaxis.
This arose within the healed R femoral thrombectomy puncture site ~2 wks after the procedure. Vascular has excluded pseudoaneurysm. Even without a hematoma, the needle/sheath puncture itself is the likeliest local injury that determined where the disease showed up.
Recs: sodium thiosulfate 25g, dosed by renal with every HD, cinacalcet, gentle dressing (silicone foam), avoid any further groin access on the R.
"""),
]}

M05 = {"patient_id": "M05", "age": 77, "sex": "F", "notes": [
("2021-12-28", "Home Health PT Visit", """
HH PT - reassessment after fall
77 yo F, old L corona radiata lacune w/ residual R hemiparesis, on nightly PD. Pt tells me that on Christmas Eve she went down in the bathroom while transferring from the commode, landing on her R side against the tub rim. No head strike or LOC; grandson helped her up.
Skin: large purple-yellow ecchymosis R lateral thigh, approx 12 x 8 cm, tender. Skin intact. No hip pain w/ log roll, weight bearing tolerated.
Interventions: commode moved, tub bench + grab bar recommended, gait training with 4WW 2 x 40 ft CGA.
Informed PCP of fall. HR 78, BP 134/70. Wt per pt 180 lb (BMI 31.8).
"""),
("2022-01-18", "Home Health Nursing Visit", """
SN visit for PD check + skin.
Pt shows me a "new bruise" over her R outer thigh that hurts "like a burn"; started on Sunday 01/09 inside the area where she got bruised from the fall. Old discoloration had mostly faded.
Findings: R lateral thigh: firm 6x5cm plaque, purple with angular edges, two small black areas central. Very painful to touch, pt pulled away. No fever. Exit site clean, effluent clear.
Meds reviewed: Lantus 18 u qam, Humalog SSI w/ meals, sevelamer, calcitriol. Used warfarin "many years ago" for a DVT (stopped 2016), no anticoagulant now.
Contacted nephrology NP - same-day photo sent, advised derm.
"""),
("2022-01-27", "Dermatology Consult", """
Patient: 77, female, peritoneal dialysis, insulin-treated T2DM, BMI 31.1 today, past warfarin.
History: fall on 24 December 2021 with a large haematoma/bruise on the R outer thigh; on 9 January 2022 a painful hard area developed in the middle of the bruised zone.
Exam: indurated, stellate violaceous plaque on right lateral thigh with early necrosis, livedo at the periphery.
Biopsy (1/20): calcification of the subcutaneous arterioles with thrombosis, consistent with calciphylaxis.
Comment: a Koebner-like localisation, at a fat-rich site of blunt injury.
Plan: STS via PD unit arrangements (renal), pain team, avoid pressure on R lateral thigh when side-lying - positioning on the back or L side.
"""),
]}

M06 = {"patient_id": "M06", "age": 55, "sex": "M", "notes": [
("2024-04-29", "Outpatient OT Neuro Note", """
Visit #9 - spasticity mgmt L UE
Pt 55M s/p R basal ganglia hemorrhage 2023, L hemiparesis w/ flexor tone wrist/fingers (MAS 2-3). Had onabotulinumtoxinA from Dr Lindqvist's spasticity clinic in March (EMG guided, FCR/FCU/FDS - volar L forearm).
Today pt very upset: "something is wrong with my arm where they did the needles" - since Saturday April 20th has a sore, hard, dark patch on the inside of his L forearm. It's too painful for the resting hand splint or stretching.
Obs: volar L forearm mid-third: 4x3cm purple/dusky firm plaque, small black center, net-like discoloration around. Splint straps do NOT sit on this spot (straps at wrist + proximal forearm).
Held splint + stretching, pt sent to PCP same day. Hx ESRD on HD, not diabetic.
"""),
("2024-05-06", "Nephrology Clinic Note", """
ESRD from IgA nephropathy. HD Tu/Th/Sa; uses a R IJ tunneled catheter while his fistula matures. No DM, never anticoagulated.
Interval: painful plaque L volar forearm since 04/20/24, punch bx by derm 4/30 -> calciphylaxis (medial calcific deposits in subcutaneous arterioles, thrombi, extravascular calcium). BMI 25.1.
The lesion overlies the spots where botulinum toxin was injected for spasticity in 03/2024.
Ca 9.9 / Phos 7.5 / PTH 1020. Non-adherent to binders by his own report.
Plan: STS 25 g post each HD, switch calcium acetate -> sevelamer, start cinacalcet, dietitian, discuss parathyroidectomy referral. Asked spasticity clinic to defer next toxin cycle.
"""),
("2024-05-20", "Spasticity Clinic Follow-up", """
Seen for planned 12-week toxin review (next due June). Calciphylaxis of the L forearm confirmed by biopsy since last visit; lesion now 4.5 cm with dry eschar.
We will NOT re-inject the forearm. Options discussed: oral baclofen (renal dosing problem), serial casting (not with a wound), positioning only. Pt prefers to wait.
Wrist/finger flexor MAS 3 today, passive wrist ext to neutral only.
"""),
]}

M07 = {"patient_id": "M07", "age": 61, "sex": "F", "notes": [
("2020-08-14", "Physical Therapy Evaluation - IRF", """
61F admitted to IRF after brainstem stroke w/ ataxia and symptomatic orthostatic hypotension (SBP drop 38 on tilt).
PMH: ESRD, dialyzes MWF in-center; DM type 2 on insulin (Levemir + Novolog); obesity (BMI 36.2).
Plan for OH: elastic abdominal binder applied today, to be worn whenever OOB; thigh-high TEDs.
Binder fitted snugly; lower border rests on both flanks just above the iliac crests because of her body habitus.
Mobility: sit<>stand mod A, gait 20 ft w/ RW + max A for balance, Berg 12/56.
"""),
("2020-09-30", "Rehab Nursing Skin Note", """
Wound/skin note
Burning pain on both sides where the "belly band" sits. Per pt started 10 days ago.
L flank: 5 x 3 cm livedoid patch, central 1 cm black eschar.
R flank: 4x2.5cm indurated purple plaque without eschar.
Each sits exactly under the binder's bottom edge. Sacrum/heels intact.
Binder removed, MD notified, pics in media tab. Pt tearful, pain 7/10.
"""),
("2020-10-08", "Dermatology Consult", """
61-year-old on HD, insulin-requiring diabetes, class II obesity.
Painful necrotic plaques on both flanks that began ~09/20/2020, exactly under the binder edge worn daily since mid-August for orthostatic hypotension.
Biopsy L flank (10/2): calciphylaxis. R flank clinically identical.
Dx: calciphylaxis, bilateral flanks, likely localized by binder pressure.
Recs: no binder; use midodrine + TEDs for OH per PM&R; STS with HD; wound RN for dressings.
"""),
]}

PATIENTS = [M01, M02, M03, M04, M05, M06, M07]
